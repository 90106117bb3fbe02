using System.Globalization;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Inbox;

/// <summary>
/// The inbound message objects (webhook <c>messages[]</c> items, without from/id/timestamp) for what the person does
/// as the user, in the shapes Meta sends.
/// </summary>
internal static class UserMessages
{
    public static JsonObject Text(string body) => new() { ["type"] = "text", ["text"] = new JsonObject { ["body"] = body } };

    public static JsonObject Image(StoredMedia media, string? caption)
    {
        var image = new JsonObject { ["mime_type"] = media.MimeType, ["sha256"] = media.Sha256, ["id"] = media.Id };
        if (!string.IsNullOrEmpty(caption))
        {
            image["caption"] = caption;
        }

        return new JsonObject { ["type"] = "image", ["image"] = image };
    }

    public static JsonObject Location(double latitude, double longitude, string? name, string? address)
    {
        var location = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        if (!string.IsNullOrEmpty(name))
        {
            location["name"] = name;
        }

        if (!string.IsNullOrEmpty(address))
        {
            location["address"] = address;
        }

        return new JsonObject { ["type"] = "location", ["location"] = location };
    }

    public static JsonObject Reaction(string messageId, string emoji) =>
        new() { ["type"] = "reaction", ["reaction"] = new JsonObject { ["message_id"] = messageId, ["emoji"] = emoji } };

    /// <summary>A tap: <c>button_reply</c>, <c>list_reply</c> (interactive), <c>template_button</c> (a template's quick reply, type <c>button</c>) or <c>nfm_reply</c> (a flow completed).</summary>
    public static JsonObject? Tap(string kind, string replyId, string title, string? description) => kind switch
    {
        "button_reply" => Interactive("button_reply", new JsonObject { ["id"] = replyId, ["title"] = title }),
        "list_reply" => Interactive("list_reply", description is null
            ? new JsonObject { ["id"] = replyId, ["title"] = title }
            : new JsonObject { ["id"] = replyId, ["title"] = title, ["description"] = description }),
        "template_button" => new JsonObject { ["type"] = "button", ["button"] = new JsonObject { ["payload"] = replyId, ["text"] = title } },
        "nfm_reply" => Interactive("nfm_reply", new JsonObject
        {
            ["name"] = "flow",
            ["body"] = "Sent",
            ["response_json"] = new JsonObject { ["flow_token"] = replyId }.ToJsonString(),
        }),
        _ => null,
    };

    /// <summary>Marks <paramref name="message"/> as a reply: <c>context.from</c> is the business's number, <c>context.id</c> the quoted message.</summary>
    public static JsonObject InReplyTo(this JsonObject message, PhoneNumberState number, string? messageId)
    {
        if (!string.IsNullOrEmpty(messageId))
        {
            message["context"] = new JsonObject { ["from"] = number.DisplayDigits, ["id"] = messageId };
        }

        return message;
    }

    public static double? Coordinate(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static JsonObject Interactive(string type, JsonObject reply) =>
        new() { ["type"] = "interactive", ["interactive"] = new JsonObject { ["type"] = type, [type] = reply } };
}
