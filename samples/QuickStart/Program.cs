using CloudApi.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// First QuickStart: sends one text message to the configured endpoint (WhatsApp__BaseAddress, WhatsApp__AccessToken,
// WhatsApp__PhoneNumberId, WhatsApp__To). The emulator and rate-limit issues turn it into the full campaign sample.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
var services = new ServiceCollection();
services.AddWhatsAppCloudApi(configuration.GetSection("WhatsApp"));
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IWhatsAppClient>();
var to = configuration["WhatsApp:To"] ?? "+16505551234";
var result = await client.Messages.SendTextAsync(to, "Hello from CloudApi.Sdk");
Console.WriteLine($"accepted {result.MessageId} for {result.WaId}");
