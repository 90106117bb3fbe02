using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.State.Chats;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>
/// A template message rendered from its stored definition with the sent parameters filled in: header (text, media,
/// location), body, footer, buttons (quick replies the person can tap, links, phone, copy code, flow) and carousel
/// cards. A template the emulator does not store shows its name and parameters.
/// </summary>
internal static partial class TemplateView
{
    public static void Write(StringBuilder b, InboxContext context, ChatEntry entry)
    {
        var template = Obj(entry.Body, "template");
        var name = Str(template, "name") ?? string.Empty;
        var language = Str(Obj(template, "language"), "code") ?? string.Empty;
        var sent = template?["components"] as JsonArray ?? [];
        var stored = context.State.Templates.Named(context.Number.BusinessAccountId, name).FirstOrDefault(t => t.Language == language);
        b.Append(CultureInfo.InvariantCulture, $"<div class=\"template\" data-template=\"{Encode(name)}\">");
        if (stored is null)
        {
            Unknown(b, name, language, sent);
        }
        else
        {
            Components(b, context, entry, stored.Components, sent, stored.ParameterFormat == "NAMED");
        }

        b.Append("</div>");
    }

    private static void Components(StringBuilder b, InboxContext context, ChatEntry entry, JsonArray definition, JsonArray sent, bool named)
    {
        foreach (var component in definition.OfType<JsonObject>())
        {
            var type = Str(component, "type")?.ToUpperInvariant();
            var parameters = Parameters(sent, type ?? string.Empty);
            switch (type)
            {
                case "HEADER":
                    Header(b, component, parameters, named);
                    break;
                case "BODY":
                    b.Append("<p class=\"text\">").Append(Text(Fill(Str(component, "text"), parameters, named))).Append("</p>");
                    break;
                case "FOOTER":
                    b.Append("<p class=\"footer\">").Append(Encode(Str(component, "text"))).Append("</p>");
                    break;
                case "BUTTONS":
                    Buttons(b, context, entry, component, sent);
                    break;
                case "CAROUSEL":
                    Carousel(b, context, entry, component, sent, named);
                    break;
            }
        }
    }

    private static void Header(StringBuilder b, JsonObject component, List<JsonObject> parameters, bool named)
    {
        var format = Str(component, "format")?.ToUpperInvariant() ?? "TEXT";
        if (format == "TEXT")
        {
            b.Append("<p class=\"header\">").Append(Encode(Fill(Str(component, "text"), parameters, named))).Append("</p>");
            return;
        }

        var kind = format.ToLowerInvariant();
        var parameter = parameters.Count == 0 ? null : parameters[0];
        if (kind == "location")
        {
            MessageContent.Location(b, Obj(parameter, "location"));
        }
        else if (kind is "image" or "video" or "document")
        {
            MessageContent.Media(b, kind, Obj(parameter, kind));
        }
    }

    private static void Buttons(StringBuilder b, InboxContext context, ChatEntry entry, JsonObject component, JsonArray sent)
    {
        b.Append("<div class=\"buttons\">");
        var index = 0;
        foreach (var button in Objects(component, "buttons"))
        {
            var parameter = ButtonParameter(sent, index++);
            var text = Str(button, "text") ?? string.Empty;
            switch (Str(button, "type")?.ToUpperInvariant())
            {
                case "QUICK_REPLY":
                    Forms.Tap(b, context, entry, "template_button", Str(parameter, "payload") ?? text, text, "reply-button");
                    break;
                case "URL":
                    var url = Fill(Str(button, "url"), parameter is null ? [] : [parameter], named: false);
                    b.Append(CultureInfo.InvariantCulture, $"<a class=\"cta-url\" href=\"{Encode(SafeUrl(url))}\" target=\"_blank\" rel=\"noopener noreferrer\">↗ {Encode(text)}</a>");
                    break;
                case "PHONE_NUMBER":
                    b.Append(CultureInfo.InvariantCulture, $"<a class=\"cta-url\" href=\"tel:{Encode(Str(button, "phone_number"))}\">📞 {Encode(text)}</a>");
                    break;
                case "COPY_CODE":
                    b.Append("<p class=\"copy-code\">Copy code <code>").Append(Encode(Str(parameter, "coupon_code") ?? Str(button, "example"))).Append("</code></p>");
                    break;
                default:
                    b.Append("<span class=\"template-button\">").Append(Encode(text.Length > 0 ? text : Str(button, "type"))).Append("</span>");
                    break;
            }
        }

        b.Append("</div>");
    }

    private static void Carousel(StringBuilder b, InboxContext context, ChatEntry entry, JsonObject component, JsonArray sent, bool named)
    {
        var sentCards = Objects(sent.OfType<JsonObject>().FirstOrDefault(c => Is(c, "carousel")), "cards").ToList();
        b.Append("<ol class=\"carousel\" aria-label=\"Carousel\">");
        var index = 0;
        foreach (var card in Objects(component, "cards"))
        {
            var sentCard = sentCards.FirstOrDefault(c => Str(c, "card_index") == index.ToString(CultureInfo.InvariantCulture));
            b.Append("<li class=\"card\">");
            Components(b, context, entry, card["components"] as JsonArray ?? [], sentCard?["components"] as JsonArray ?? [], named);
            b.Append("</li>");
            index++;
        }

        b.Append("</ol>");
    }

    private static void Unknown(StringBuilder b, string name, string language, JsonArray sent)
    {
        b.Append("<p class=\"header\">").Append(Encode(name)).Append(" <span class=\"language\">(").Append(Encode(language)).Append(")</span></p>")
            .Append("<p class=\"footer\">Template not stored in the emulator; parameters as sent:</p><ul class=\"parameters\">");
        foreach (var component in sent.OfType<JsonObject>())
        {
            foreach (var parameter in Objects(component, "parameters"))
            {
                b.Append("<li>").Append(Encode(Str(component, "type"))).Append(": ").Append(Encode(Value(parameter))).Append("</li>");
            }
        }

        b.Append("</ul>");
    }

    private static List<JsonObject> Parameters(JsonArray sent, string type) =>
        Objects(sent.OfType<JsonObject>().FirstOrDefault(c => Is(c, type)), "parameters").ToList();

    private static JsonObject? ButtonParameter(JsonArray sent, int index) =>
        Objects(sent.OfType<JsonObject>().FirstOrDefault(c => Is(c, "button") && Str(c, "index") == index.ToString(CultureInfo.InvariantCulture)), "parameters")
            .FirstOrDefault();

    private static bool Is(JsonObject component, string type) => string.Equals(Str(component, "type"), type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Replaces <c>{{1}}</c> (positional) or <c>{{name}}</c> (named) with the parameter's text.</summary>
    private static string Fill(string? text, List<JsonObject> parameters, bool named) =>
        text is null ? string.Empty : Placeholder().Replace(text, match =>
        {
            var key = match.Groups[1].Value;
            var parameter = named
                ? parameters.FirstOrDefault(p => Str(p, "parameter_name") == key)
                : int.TryParse(key, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= parameters.Count ? parameters[position - 1] : null;
            return parameter is null ? match.Value : Value(parameter);
        });

    private static string Value(JsonObject parameter) => Str(parameter, "type") switch
    {
        "text" => Str(parameter, "text") ?? string.Empty,
        "currency" => Str(Obj(parameter, "currency"), "fallback_value") ?? string.Empty,
        "date_time" => Str(Obj(parameter, "date_time"), "fallback_value") ?? string.Empty,
        "payload" => Str(parameter, "payload") ?? string.Empty,
        "coupon_code" => Str(parameter, "coupon_code") ?? string.Empty,
        var other => "[" + other + "]",
    };

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
