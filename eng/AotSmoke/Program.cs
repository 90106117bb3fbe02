using CloudApi.Sdk;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

// Exercises DI, options binding and message serialization under Native AOT; no request leaves the process.
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
    Console.WriteLine($"AOT smoke OK: {client} refused a malformed recipient before sending.");
    return 0;
}
