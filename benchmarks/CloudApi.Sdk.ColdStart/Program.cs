using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CloudApi.Sdk;
using Microsoft.Extensions.DependencyInjection;

// One cold start: a new process sends one text message and exits 0 once it was accepted.
//   CloudApi.Sdk.ColdStart <raw|create|di|di-unlimited|factory-floor> <base-address> <token> <phone-number-id> <recipient> [--phases]
// --phases prints the time since the process started at each step (where a cold start's milliseconds go).
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: CloudApi.Sdk.ColdStart <raw|create|di|di-unlimited|factory-floor> <base-address> <token> <phone-number-id> <recipient> [--phases]");
    return 2;
}

var (mode, baseAddress, token, phoneNumberId, recipient) = (args[0], new Uri(args[1]), args[2], args[3], args[4]);
var phases = args.Contains("--phases");
var started = Process.GetCurrentProcess().StartTime;
void Phase(string name)
{
    if (phases)
    {
        Console.WriteLine($"{(DateTime.Now - started).TotalMilliseconds,8:F1} ms  {name}");
    }
}

Phase("main");
string messageId;
switch (mode)
{
    case "raw":
        messageId = await RawAsync();
        break;
    case "di":
        messageId = await DiAsync();
        break;
    case "create":
        messageId = await CreateAsync();
        break;
    case "di-unlimited":
        messageId = await DiAsync(unlimited: true);
        break;
    case "factory-floor":
        messageId = await FactoryFloorAsync();
        break;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}'");
        return 2;
}

Phase("accepted");
if (args.Contains("--assemblies"))
{
    foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order())
    {
        Console.WriteLine($"loaded: {assembly}");
    }
}

// The process's CPU time (all threads, runtime start-up included): steadier than wall time on a loaded machine.
Console.WriteLine($"cpu-ms={Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
return messageId.StartsWith("wamid.", StringComparison.Ordinal) ? 0 : 1;

// What a developer writes with no SDK: HttpClient, a JSON string, the id read from the answer.
async Task<string> RawAsync()
{
    using var http = new HttpClient { BaseAddress = baseAddress };
    using var request = new HttpRequestMessage(HttpMethod.Post, $"v26.0/{phoneNumberId}/messages")
    {
        Content = new StringContent(
            $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"{{{recipient}}}","type":"text","text":{"body":"cold start"}}""",
            Encoding.UTF8, "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    Phase("raw: request built");
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    using var answer = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
    return answer.RootElement.GetProperty("messages")[0].GetProperty("id").GetString()!;
}

async Task<string> CreateAsync()
{
    await using var client = WhatsAppClient.Create(new WhatsAppOptions { AccessToken = token, PhoneNumberId = phoneNumberId, BaseAddress = baseAddress });
    Phase("create: client created");
    var sent = await client.Messages.SendTextAsync(recipient, "cold start");
    return sent.MessageId;
}

// The floor of any DI-based client: a ServiceCollection, IHttpClientFactory and an options class, then the raw send.
async Task<string> FactoryFloorAsync()
{
    var services = new ServiceCollection();
    services.AddHttpClient("graph", client => client.BaseAddress = baseAddress);
    services.AddOptions<WhatsAppOptions>().Configure(options => options.AccessToken = token);
    using var provider = services.BuildServiceProvider();
    var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WhatsAppOptions>>().Value;
    var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("graph");
    using var request = new HttpRequestMessage(HttpMethod.Post, $"v26.0/{phoneNumberId}/messages")
    {
        Content = new StringContent(
            $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"{{{recipient}}}","type":"text","text":{"body":"cold start"}}""",
            Encoding.UTF8, "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    using var answer = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
    return answer.RootElement.GetProperty("messages")[0].GetProperty("id").GetString()!;
}

async Task<string> DiAsync(bool unlimited = false)
{
    var services = new ServiceCollection();
    var builder = services.AddWhatsAppCloudApi(options =>
    {
        options.AccessToken = token;
        options.PhoneNumberId = phoneNumberId;
        options.BaseAddress = baseAddress;
    });
    if (unlimited)
    {
        builder.ConfigureRateLimiting(limits => limits.Enabled = false);
    }

    Phase("di: registered");
    using var provider = services.BuildServiceProvider();
    Phase("di: provider built");
    var client = provider.GetRequiredService<IWhatsAppClient>();
    Phase("di: client resolved");
    var sent = await client.Messages.SendTextAsync(recipient, "cold start");
    return sent.MessageId;
}
