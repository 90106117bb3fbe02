using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Validates a <c>POST /{phone-number-id}/messages</c> body as Meta does: the common fields here, each type's object
/// in its own rule class. Rules follow Meta's documented limits and are no stricter.
/// </summary>
internal static class MessageValidator
{
    private static readonly Dictionary<string, Action<JsonObject, string>> TypeRules = new(StringComparer.Ordinal)
    {
        ["text"] = TextRules.Validate,
        ["image"] = MediaRules.Image,
        ["video"] = MediaRules.Video,
        ["document"] = MediaRules.Document,
        ["audio"] = MediaRules.Audio,
        ["sticker"] = MediaRules.Sticker,
        ["location"] = LocationRules.Validate,
        ["reaction"] = ReactionRules.Validate,
        ["interactive"] = InteractiveRules.Validate,
        ["template"] = TemplateRules.Validate,
    };

    public static SendRequest Validate(JsonObject body)
    {
        var product = OptionalString(body, "messaging_product", string.Empty)
            ?? throw GraphError(100, "The parameter messaging_product is required.");
        if (product != "whatsapp")
        {
            throw Invalid("Param messaging_product must be 'whatsapp'.");
        }

        var recipientType = OptionalString(body, "recipient_type", string.Empty);
        if (recipientType is not null)
        {
            OneOf(recipientType, "recipient_type", "individual", "group");
        }

        // Meta: a BSUID goes in "recipient" instead of "to"; when both are set, "to" wins.
        var to = OptionalString(body, "to", string.Empty);
        if (to is null && recipientType != "group" && OptionalString(body, "recipient", string.Empty) is { } userId)
        {
            if (!UserDirectory.IsUserId(userId))
            {
                throw Invalid($"Param recipient must be a business-scoped user id (e.g. US.13491208655302741918), got '{userId}'.");
            }

            to = userId;
        }

        if (to is null)
        {
            throw GraphError(100, "The parameter to is required.");
        }

        var byUserId = body["to"] is null && recipientType != "group";
        var recipient = recipientType == "group" || byUserId ? to : Ids.Digits(to);
        if (recipient.Length == 0 || (recipientType != "group" && !byUserId && recipient.Length > 15))
        {
            throw Invalid($"Param to must be a phone number with country code, got '{to}'.");
        }

        var type = OptionalString(body, "type", string.Empty) ?? ImpliedType(body);
        if (type == "contacts")
        {
            ContactsRules.Validate(RequireArray(body, "contacts", string.Empty, 1, int.MaxValue), "contacts");
        }
        else if (TypeRules.TryGetValue(type, out var rule))
        {
            rule(RequireObject(body, type, string.Empty), type);
        }
        else
        {
            throw Invalid($"Param type must be one of {{text, image, audio, video, document, sticker, location, contacts, reaction, interactive, template}}, got '{type}'.");
        }

        if (OptionalObject(body, "context", string.Empty) is { } context)
        {
            if (type == "reaction")
            {
                throw Invalid("Param context is not allowed with reaction messages.");
            }

            RequireString(context, "message_id", "context");
        }

        var opaque = OptionalString(body, "biz_opaque_callback_data", string.Empty, 512);
        return new SendRequest(body, to, recipient, type, opaque) { RecipientUserId = byUserId ? to : null };
    }

    /// <summary>
    /// The type of a body without <c>type</c>: the one message object it holds (Meta's "Send Reply to List Message"
    /// example sends only <c>interactive</c>), else <c>text</c>, Meta's default. Two or more objects leave it ambiguous: 131008.
    /// </summary>
    private static string ImpliedType(JsonObject body)
    {
        var present = TypeRules.Keys.Append("contacts").Where(t => body[t] is not null).ToList();
        return present.Count switch
        {
            0 => "text",
            1 => present[0],
            _ => throw Endpoints.GraphError.MissingParameter($"Param type is required when the message has more than one of {{{string.Join(", ", present)}}}."),
        };
    }

    private static Endpoints.GraphError GraphError(int code, string details) => new(400, code, "Invalid parameter", details);
}
