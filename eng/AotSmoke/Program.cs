using System.Text;
using CloudApi.Sdk;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

// Exercises DI, options, message serialization and webhook parsing under Native AOT; no request leaves the process.
var services = new ServiceCollection();
services.AddWhatsAppCloudApi(options =>
{
    options.AccessToken = "aot-smoke-token";
    options.PhoneNumberId = "106540352242922";
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IWhatsAppClient>();
try
{
    await client.Messages.SendAsync("not-a-number", new TextMessage("hello"));
    return 1;
}
catch (WhatsAppValidationException e) when (e.Field == "to")
{
    Console.WriteLine($"AOT smoke: {client} refused a malformed recipient before sending.");
}

var body = Encoding.UTF8.GetBytes("""
    {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{
      "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
      "contacts":[{"profile":{"name":"Sheena"},"wa_id":"16505551234"}],
      "messages":[{"from":"16505551234","id":"wamid.IN","timestamp":"1749416383","type":"text","text":{"body":"hi"}}]}}]}]}
    """);
var signature = WebhookSignature.Compute(body, "app-secret");
var notification = WhatsAppWebhookParser.Parse(body);
if (!WebhookSignature.IsValid(body, signature, "app-secret") || notification.Events.Count != 1)
{
    return 2;
}

Console.WriteLine($"AOT smoke OK: parsed {notification.Events[0].GetType().Name} from a signed webhook.");
return 0;
