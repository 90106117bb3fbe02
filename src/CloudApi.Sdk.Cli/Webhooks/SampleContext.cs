using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudApi.Sdk.Cli.Webhooks;

/// <summary>
/// Who a sample notification is about (the business number and WABA, the user) and the JSON shapes every sample shares:
/// Meta's envelope, the <c>messages</c> value with metadata and contacts, a status item.
/// </summary>
internal sealed class SampleContext
{
    public required string PhoneNumberId { get; init; }

    /// <summary>The business number's digits (<c>metadata.display_phone_number</c>).</summary>
    public required string DisplayPhoneNumber { get; init; }

    public required string BusinessAccountId { get; init; }

    /// <summary>The user's WhatsApp id (digits).</summary>
    public required string From { get; init; }

    public required string ProfileName { get; init; }

    /// <summary>The business message a status, reaction or reply refers to.</summary>
    public required string MessageId { get; init; }

    public required DateTimeOffset Now { get; init; }

    public string Timestamp => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A fresh inbound message id.</summary>
    public static string NewMessageId() => "wamid.CLISAMPLE" + Guid.NewGuid().ToString("N").ToUpperInvariant();

    /// <summary><paramref name="value"/> as a JSON string literal, quotes included.</summary>
    public static string Q(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    public string Metadata => $$"""
        "messaging_product":"whatsapp","metadata":{"display_phone_number":{{Q(DisplayPhoneNumber)}},"phone_number_id":{{Q(PhoneNumberId)}}}
        """;

    public string Contacts => $$"""
        "contacts":[{"profile":{"name":{{Q(ProfileName)}}},"wa_id":{{Q(From)}}}]
        """;

    /// <summary>Meta's envelope around one change of <paramref name="field"/>.</summary>
    public string Envelope(string field, string valueJson) => $$"""
        {"object":"whatsapp_business_account","entry":[{"id":{{Q(BusinessAccountId)}},"time":{{Timestamp}},"changes":[{"value":{{valueJson}},"field":{{Q(field)}}}]}]}
        """;

    /// <summary>A <c>messages</c> change with one inbound message of <paramref name="type"/>; <paramref name="members"/> are its other JSON members.</summary>
    public string MessageWith(string type, string members) => Envelope("messages", $$"""
        { {{Metadata}},{{Contacts}},"messages":[{"from":{{Q(From)}},"id":{{Q(NewMessageId())}},"timestamp":{{Q(Timestamp)}},"type":{{Q(type)}}{{(members.Length > 0 ? "," + members : "")}}}]}
        """);

    /// <summary>An inbound message whose payload sits under its type's name (<c>"text":{"body":...}</c>).</summary>
    public string Message(string type, string payload, string members = "") =>
        MessageWith(type, $$"""{{Q(type)}}:{{payload}}{{(members.Length > 0 ? "," + members : "")}}""");

    /// <summary><c>"context":{...}</c>: the business message an answer refers to.</summary>
    public string Context => $$"""
        "context":{"from":{{Q(DisplayPhoneNumber)}},"id":{{Q(MessageId)}}}
        """;

    /// <summary>A <c>messages</c> change with one status of the business message.</summary>
    public string Status(string status, string members = "") => Envelope("messages", $$"""
        { {{Metadata}},"statuses":[{"id":{{Q(MessageId)}},"status":{{Q(status)}},"timestamp":{{Q(Timestamp)}},"recipient_id":{{Q(From)}}{{(members.Length > 0 ? "," + members : "")}}}]}
        """);
}
