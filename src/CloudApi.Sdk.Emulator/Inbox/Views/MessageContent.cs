using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State.Chats;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>
/// The inside of a chat bubble, by message type, as WhatsApp would show it. Text, media, location and contacts share
/// one shape in both directions; interactive and template messages come from the business, replies from the user.
/// </summary>
internal static class MessageContent
{
    public static void Write(StringBuilder b, InboxContext context, ChatEntry entry)
    {
        var body = entry.Body;
        switch (entry.Type)
        {
            case "text":
                b.Append("<p class=\"text\">").Append(Text(Str(Obj(body, "text"), "body"))).Append("</p>");
                break;
            case "image" or "video" or "audio" or "document" or "sticker":
                Media(b, entry.Type, Obj(body, entry.Type));
                break;
            case "location":
                Location(b, Obj(body, "location"));
                break;
            case "contacts":
                Contacts(b, body["contacts"] as JsonArray);
                break;
            case "reaction":
                var reaction = Obj(body, "reaction");
                b.Append("<p class=\"reaction-note\">Reacted ").Append(Encode(Str(reaction, "emoji"))).Append(" to a message</p>");
                break;
            case "interactive" when entry.Direction == ChatDirection.FromBusiness:
                InteractiveView.Write(b, context, entry);
                break;
            case "interactive":
                UserReply(b, Obj(body, "interactive"));
                break;
            case "button":
                b.Append("<p class=\"text\">").Append(Encode(Str(Obj(body, "button"), "text"))).Append("</p>");
                break;
            case "template":
                TemplateView.Write(b, context, entry);
                break;
            case "order":
                Order(b, Obj(body, "order"));
                break;
            default:
                b.Append("<p class=\"unknown\">").Append(Encode(entry.Type)).Append(" message</p>");
                break;
        }
    }

    /// <summary>A one-line summary (chat list preview, quoted reply).</summary>
    public static string Summary(ChatEntry entry)
    {
        var body = entry.Body;
        return entry.Type switch
        {
            "text" => Str(Obj(body, "text"), "body") ?? string.Empty,
            "image" => "📷 " + (Str(Obj(body, "image"), "caption") ?? "Photo"),
            "video" => "🎥 " + (Str(Obj(body, "video"), "caption") ?? "Video"),
            "audio" => "🎤 Audio",
            "document" => "📄 " + (Str(Obj(body, "document"), "filename") ?? "Document"),
            "sticker" => "Sticker",
            "location" => "📍 " + (Str(Obj(body, "location"), "name") ?? "Location"),
            "contacts" => "👤 Contact",
            "template" => "Template " + Str(Obj(body, "template"), "name"),
            "interactive" => InteractiveSummary(Obj(body, "interactive")),
            "button" => Str(Obj(body, "button"), "text") ?? "Button",
            "reaction" => "Reaction " + Str(Obj(body, "reaction"), "emoji"),
            _ => entry.Type,
        };
    }

    public static void Media(StringBuilder b, string type, JsonObject? media)
    {
        var source = Encode(InboxContext.MediaSource(media));
        var caption = Str(media, "caption");
        switch (type)
        {
            case "image":
                b.Append(CultureInfo.InvariantCulture, $"<img class=\"media image\" src=\"{source}\" alt=\"{Encode(caption ?? "Image")}\">");
                break;
            case "sticker":
                b.Append(CultureInfo.InvariantCulture, $"<img class=\"media sticker\" src=\"{source}\" alt=\"Sticker\">");
                break;
            case "video":
                b.Append(CultureInfo.InvariantCulture, $"<video class=\"media video\" src=\"{source}\" controls preload=\"metadata\" aria-label=\"{Encode(caption ?? "Video")}\"></video>");
                break;
            case "audio":
                b.Append(CultureInfo.InvariantCulture, $"<audio class=\"media audio\" src=\"{source}\" controls preload=\"metadata\" aria-label=\"Audio message\"></audio>");
                break;
            default:
                var name = Str(media, "filename") ?? "Document";
                b.Append(CultureInfo.InvariantCulture, $"<a class=\"media document\" href=\"{source}\" download=\"{Encode(name)}\">📄 <span class=\"filename\">{Encode(name)}</span></a>");
                break;
        }

        if (caption is not null && type != "sticker")
        {
            b.Append("<p class=\"caption\">").Append(Text(caption)).Append("</p>");
        }
    }

    public static void Location(StringBuilder b, JsonObject? location)
    {
        var latitude = Str(location, "latitude");
        var longitude = Str(location, "longitude");
        b.Append("<div class=\"location\"><span class=\"pin\" aria-hidden=\"true\">📍</span><div>");
        if (Str(location, "name") is { } name)
        {
            b.Append("<p class=\"location-name\">").Append(Encode(name)).Append("</p>");
        }

        if (Str(location, "address") is { } address)
        {
            b.Append("<p class=\"location-address\">").Append(Encode(address)).Append("</p>");
        }

        b.Append("<p class=\"coordinates\">").Append(Encode(latitude)).Append(", ").Append(Encode(longitude)).Append("</p></div></div>");
    }

    private static void Contacts(StringBuilder b, JsonArray? contacts)
    {
        b.Append("<ul class=\"contacts\">");
        foreach (var contact in contacts?.OfType<JsonObject>() ?? [])
        {
            var name = Obj(contact, "name");
            b.Append("<li class=\"contact\"><span class=\"avatar\" aria-hidden=\"true\">👤</span><div><p class=\"contact-name\">")
                .Append(Encode(Str(name, "formatted_name") ?? Str(name, "first_name"))).Append("</p>");
            foreach (var phone in Objects(contact, "phones"))
            {
                b.Append("<p class=\"contact-phone\">").Append(Encode(Str(phone, "phone") ?? Str(phone, "wa_id"))).Append("</p>");
            }

            foreach (var email in Objects(contact, "emails"))
            {
                b.Append("<p class=\"contact-email\">").Append(Encode(Str(email, "email"))).Append("</p>");
            }

            b.Append("</div></li>");
        }

        b.Append("</ul>");
    }

    private static void UserReply(StringBuilder b, JsonObject? interactive)
    {
        var type = Str(interactive, "type");
        var reply = Obj(interactive, type ?? string.Empty);
        switch (type)
        {
            case "button_reply" or "list_reply":
                b.Append("<p class=\"text\">").Append(Encode(Str(reply, "title"))).Append("</p>");
                if (Str(reply, "description") is { } description)
                {
                    b.Append("<p class=\"row-description\">").Append(Encode(description)).Append("</p>");
                }

                break;
            case "nfm_reply":
                b.Append("<p class=\"text\">").Append(Encode(Str(reply, "body") ?? "Sent")).Append("</p>");
                break;
            default:
                b.Append("<p class=\"unknown\">").Append(Encode(type)).Append("</p>");
                break;
        }
    }

    private static void Order(StringBuilder b, JsonObject? order)
    {
        b.Append("<p class=\"text\">🛒 Order</p><ul class=\"products\">");
        foreach (var item in Objects(order, "product_items"))
        {
            b.Append("<li>").Append(Encode(Str(item, "product_retailer_id"))).Append(" × ").Append(Encode(Str(item, "quantity"))).Append("</li>");
        }

        b.Append("</ul>");
    }

    private static string InteractiveSummary(JsonObject? interactive)
    {
        var type = Str(interactive, "type");
        if (Str(Obj(interactive, "body"), "text") is { } text)
        {
            return text;
        }

        return type switch
        {
            "button_reply" or "list_reply" => Str(Obj(interactive, type), "title") ?? type,
            "nfm_reply" => "Flow reply",
            _ => type ?? "interactive",
        };
    }
}
