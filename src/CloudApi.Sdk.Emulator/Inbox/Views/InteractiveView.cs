using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State.Chats;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>
/// An interactive message from the business: header, body, footer, then its action as WhatsApp shows it (reply
/// buttons and list rows the person can tap, CTA link, flow button, location request, products and catalog).
/// </summary>
internal static class InteractiveView
{
    public static void Write(StringBuilder b, InboxContext context, ChatEntry entry)
    {
        var interactive = Obj(entry.Body, "interactive");
        var type = Str(interactive, "type") ?? string.Empty;
        var action = Obj(interactive, "action");
        b.Append(CultureInfo.InvariantCulture, $"<div class=\"interactive {Encode(type)}\">");
        Header(b, Obj(interactive, "header"));
        if (Str(Obj(interactive, "body"), "text") is { } body)
        {
            b.Append("<p class=\"text\">").Append(Text(body)).Append("</p>");
        }

        if (Str(Obj(interactive, "footer"), "text") is { } footer)
        {
            b.Append("<p class=\"footer\">").Append(Encode(footer)).Append("</p>");
        }

        switch (type)
        {
            case "button":
                b.Append("<div class=\"buttons\">");
                foreach (var button in Objects(action, "buttons"))
                {
                    var reply = Obj(button, "reply");
                    Forms.Tap(b, context, entry, "button_reply", Str(reply, "id") ?? string.Empty, Str(reply, "title") ?? string.Empty, "reply-button");
                }

                b.Append("</div>");
                break;
            case "list":
                List(b, context, entry, action);
                break;
            case "cta_url":
                var cta = Obj(action, "parameters");
                b.Append(CultureInfo.InvariantCulture, $"<a class=\"cta-url\" href=\"{Encode(SafeUrl(Str(cta, "url")))}\" target=\"_blank\" rel=\"noopener noreferrer\">↗ {Encode(Str(cta, "display_text"))}</a>");
                break;
            case "flow":
                var flow = Obj(action, "parameters");
                var token = Str(flow, "flow_token") ?? "unused";
                Forms.Tap(b, context, entry, "nfm_reply", token, Str(flow, "flow_cta") ?? "Open", "flow-button");
                break;
            case "location_request_message":
                b.Append("<details class=\"send-location\"><summary>📍 Send location</summary>");
                Forms.Location(b, context, "req-" + Encode(entry.Id), entry.Id);
                b.Append("</details>");
                break;
            case "product":
                b.Append("<div class=\"products\">");
                Product(b, Str(action, "product_retailer_id"), Str(action, "catalog_id"));
                b.Append("</div>");
                break;
            case "product_list":
                foreach (var section in Objects(action, "sections"))
                {
                    b.Append("<section class=\"product-section\"><h4>").Append(Encode(Str(section, "title"))).Append("</h4><div class=\"products\">");
                    foreach (var item in Objects(section, "product_items"))
                    {
                        Product(b, Str(item, "product_retailer_id"), Str(action, "catalog_id"));
                    }

                    b.Append("</div></section>");
                }

                break;
            case "catalog_message":
                var thumbnail = Str(Obj(action, "parameters"), "thumbnail_product_retailer_id");
                b.Append("<div class=\"catalog\"><span aria-hidden=\"true\">🛍</span> View catalog");
                if (thumbnail is not null)
                {
                    b.Append(" <span class=\"retailer-id\">").Append(Encode(thumbnail)).Append("</span>");
                }

                b.Append("</div>");
                break;
        }

        b.Append("</div>");
    }

    private static void Header(StringBuilder b, JsonObject? header)
    {
        var type = Str(header, "type");
        if (type == "text")
        {
            b.Append("<p class=\"header\">").Append(Encode(Str(header, "text"))).Append("</p>");
        }
        else if (type is "image" or "video" or "document")
        {
            MessageContent.Media(b, type, Obj(header, type));
        }
    }

    private static void List(StringBuilder b, InboxContext context, ChatEntry entry, JsonObject? action)
    {
        b.Append("<details class=\"list\"><summary class=\"list-button\">☰ ").Append(Encode(Str(action, "button"))).Append("</summary><div class=\"sections\">");
        foreach (var section in Objects(action, "sections"))
        {
            if (Str(section, "title") is { } title)
            {
                b.Append("<h4>").Append(Encode(title)).Append("</h4>");
            }

            foreach (var row in Objects(section, "rows"))
            {
                Forms.Tap(b, context, entry, "list_reply", Str(row, "id") ?? string.Empty, Str(row, "title") ?? string.Empty, "list-row", Str(row, "description"));
            }
        }

        b.Append("</div></details>");
    }

    private static void Product(StringBuilder b, string? retailerId, string? catalogId) =>
        b.Append("<div class=\"product\"><span aria-hidden=\"true\">🛍</span> <span class=\"retailer-id\">").Append(Encode(retailerId))
            .Append("</span> <span class=\"catalog-id\">catalog ").Append(Encode(catalogId)).Append("</span></div>");
}
