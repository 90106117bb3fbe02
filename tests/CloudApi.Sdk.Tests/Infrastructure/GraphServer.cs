using CloudApi.Sdk.RateLimiting;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CloudApi.Sdk.Tests.Infrastructure;

/// <summary>
/// A WireMock Graph API on loopback, with a client wired to it through the real DI registration. The rate limiter is off
/// unless asked for: these tests are about requests and answers, the limiter has its own tests.
/// </summary>
public sealed class GraphServer : IDisposable
{
    public const string Token = "EAAG-test-token-0123456789";
    public const string PhoneNumberId = "106540352242922";
    public const string BusinessAccountId = "102290129340398";

    public const string SendAnswer =
        """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA","message_status":"accepted"}]}""";

    private readonly ServiceProvider _services;

    public GraphServer(Action<WhatsAppOptions>? configure = null, Action<IServiceCollection>? configureServices = null, int? port = null, bool rateLimiting = false)
    {
        Server = port is { } fixedPort ? WireMockServer.Start(fixedPort) : WireMockServer.Start();
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = Token;
            options.PhoneNumberId = PhoneNumberId;
            options.BusinessAccountId = BusinessAccountId;
            options.BaseAddress = new Uri(Server.Url!);
            options.MaxRetries = 0;
            configure?.Invoke(options);
        }).ConfigureRateLimiting(limits => limits.Enabled = rateLimiting);
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IWhatsAppClient>();
    }

    public WireMockServer Server { get; }

    public IServiceProvider Services => _services;

    public IWhatsAppClient Client { get; }

    public IMessagesClient Messages => Client.Messages;

    /// <summary>Answers every POST to the phone number's messages endpoint with Meta's send answer.</summary>
    public GraphServer AcceptMessages()
    {
        Server.Given(Request.Create().WithPath($"/v26.0/{PhoneNumberId}/messages").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(SendAnswer));
        return this;
    }

    /// <summary>Answers every request with the given status and body.</summary>
    public GraphServer Answer(int status, string body, string contentType = "application/json")
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        return this;
    }

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    /// <summary>The single request the server saw.</summary>
    public IRequestMessage SingleRequest()
    {
        var entry = Assert.Single(Requests);
        Assert.NotNull(entry.RequestMessage);
        return entry.RequestMessage;
    }

    /// <summary>The single request the server saw, its body parsed as JSON.</summary>
    public JsonNode SingleRequestJson() => JsonNode.Parse(SingleRequest().Body!)!;

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
