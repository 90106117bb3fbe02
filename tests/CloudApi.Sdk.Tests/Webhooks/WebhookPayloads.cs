using System.Text;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Webhooks;

/// <summary>Webhook bodies written from the reference's shapes (section 9).</summary>
internal static class WebhookPayloads
{
    public const string Waba = "102290129340398";
    public const string PhoneNumberId = "106540352242922";

    /// <summary>A <c>messages</c> change with metadata and one contact around the given <c>messages</c> array items.</summary>
    public static string MessagesBody(string messageJson) => Envelope("messages", $$"""
        {"messaging_product":"whatsapp",
         "metadata":{"display_phone_number":"15550783881","phone_number_id":"{{PhoneNumberId}}"},
         "contacts":[{"profile":{"name":"Sheena","username":"sheena.n"},"wa_id":"16505551234","user_id":"US.13491208655302741918","parent_user_id":"US.ENT.11815799212886844830","identity_key_hash":"ikh"}],
         "messages":[{{messageJson}}]}
        """);

    public static string Message(string type, string payload, string extra = "") => MessagesBody($$"""
        {"from":"16505551234","from_user_id":"US.13491208655302741918","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=","timestamp":"1749416383","type":"{{type}}"{{(payload.Length > 0 ? "," + payload : "")}}{{extra}}}
        """);

    public static string Statuses(string statusJson) => Envelope("messages", $$"""
        {"messaging_product":"whatsapp",
         "metadata":{"display_phone_number":"15550783881","phone_number_id":"{{PhoneNumberId}}"},
         "statuses":[{{statusJson}}]}
        """);

    public static string Envelope(string field, string valueJson, string entryExtra = "") => $$"""
        {"object":"whatsapp_business_account","entry":[{"id":"{{Waba}}"{{entryExtra}},"changes":[{"value":{{valueJson}},"field":"{{field}}"}]}]}
        """;

    public static WebhookNotification Parse(string json) => WhatsAppWebhookParser.Parse(Encoding.UTF8.GetBytes(json));

    public static T Single<T>(string json)
        where T : WebhookEvent => Assert.IsType<T>(Assert.Single(Parse(json).Events));
}
