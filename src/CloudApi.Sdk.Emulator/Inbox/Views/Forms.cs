using System.Globalization;
using System.Text;
using CloudApi.Sdk.Emulator.State.Chats;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>The small forms inside bubbles with which the person answers as the user.</summary>
internal static class Forms
{
    /// <summary>Whether the user can answer a message: a refused send never reached the user.</summary>
    public static bool CanAnswer(ChatEntry entry) => !entry.Id.StartsWith("refused.", StringComparison.Ordinal);

    /// <summary>A tap on a reply button, list row, template quick reply or flow button: posts <c>/_emulator/inbox/tap</c>.</summary>
    public static void Tap(StringBuilder b, InboxContext context, ChatEntry entry, string kind, string replyId, string title, string cssClass, string? description = null)
    {
        var disabled = CanAnswer(entry) ? string.Empty : " disabled";
        b.Append("<form class=\"tap\" method=\"post\" action=\"/_emulator/inbox/tap\">").Append(context.ChatFields())
            .Append(Hidden("message_id", entry.Id)).Append(Hidden("kind", kind)).Append(Hidden("reply_id", replyId)).Append(Hidden("title", title));
        if (description is not null)
        {
            b.Append(Hidden("description", description));
        }

        b.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"{cssClass}\"{disabled}><span class=\"title\">{Encode(title)}</span>");
        if (description is not null)
        {
            b.Append("<span class=\"row-description\">").Append(Encode(description)).Append("</span>");
        }

        b.Append("</button></form>");
    }

    /// <summary>Latitude, longitude, name and address: posts <c>/_emulator/inbox/location</c>.</summary>
    public static void Location(StringBuilder b, InboxContext context, string prefix, string? replyTo)
    {
        b.Append("<form class=\"location-form\" method=\"post\" action=\"/_emulator/inbox/location\">").Append(context.ChatFields());
        if (replyTo is not null)
        {
            b.Append(Hidden("context", replyTo));
        }

        Field(b, prefix + "-lat", "latitude", "Latitude", "38.7223", "decimal");
        Field(b, prefix + "-long", "longitude", "Longitude", "-9.1393", "decimal");
        Field(b, prefix + "-name", "name", "Place name", string.Empty, "text");
        Field(b, prefix + "-address", "address", "Address", string.Empty, "text");
        b.Append("<button type=\"submit\" class=\"primary\">Send location</button></form>");
    }

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">";

    private static void Field(StringBuilder b, string id, string name, string label, string value, string mode) =>
        b.Append(CultureInfo.InvariantCulture, $"<label for=\"{id}\">{label}</label><input id=\"{id}\" name=\"{name}\" value=\"{Encode(value)}\" inputmode=\"{mode}\" autocomplete=\"off\">");
}
