using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Flows;
using CloudApi.Sdk.Flows.Encryption;
using CloudApi.Sdk.Flows.Endpoint;
using CloudApi.Sdk.Webhooks;
using CsCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore.Tests.Flows;

public sealed class FlowEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ValueTask<FlowResponse> Echo(FlowRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FlowResponse.NextScreen(request.Screen!, JsonObject.Create(request.Data)));

    [Fact]
    public async Task Ping_AnsweredActiveWithoutCallingTheHandler()
    {
        var calls = 0;
        await using var host = await FlowHost.StartAsync((request, ct) =>
        {
            calls++;
            return Echo(request, ct);
        });

        var reply = await host.Driver.PingAsync(Ct);

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal("""{"data":{"status":"active"}}""", reply.Response!.Value.GetRawText());
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task DataExchange_HandlerAnswer_EncryptedWithTheFlippedIvAndReadByTheClient()
    {
        FlowRequest? seen = null;
        await using var host = await FlowHost.StartAsync((request, ct) =>
        {
            seen = request;
            return Echo(request, ct);
        });

        var reply = await host.Driver.DataExchangeAsync("ECHO", new JsonObject { ["name"] = "Zoë", ["count"] = 3 }, "flow-token-7", Ct);

        Assert.Equal((200, "ECHO"), (reply.StatusCode, reply.Screen));
        Assert.Equal(("Zoë", 3), (reply.Data.GetProperty("name").GetString(), reply.Data.GetProperty("count").GetInt32()));
        Assert.Equal((FlowRequestAction.DataExchange, "ECHO", "flow-token-7", "3.0", "Zoë"),
            (seen!.Action, seen.Screen, seen.FlowToken, seen.Version, seen.GetDataString("name")));
    }

    [Fact]
    public async Task HandlerClass_EachActionReachesItsMethod()
    {
        await using var host = await FlowHost.StartAsync(app => app.MapWhatsAppFlowEndpoint<BookingFlow>("/flows"),
            services: s => s.AddSingleton(new Calendar("2026-12-24")));

        var init = await host.Driver.InitAsync("token-1", Ct);
        var back = await host.Driver.BackAsync("CONFIRM", "token-1", Ct);
        var booked = await host.Driver.DataExchangeAsync("PICK_DAY", new JsonObject { ["day"] = "2026-12-24" }, "token-1", Ct);
        var error = await host.Driver.SendErrorNotificationAsync("PICK_DAY", "INVALID_SCREEN_TRANSITION", "No route", "token-1", Ct);

        Assert.Equal(("PICK_DAY", "2026-12-24"), (init.Screen, init.Data.GetProperty("first_day").GetString()));
        Assert.Equal("PICK_DAY", back.Screen);
        Assert.Equal("SUCCESS", booked.Screen);
        Assert.Equal("""{"day":"2026-12-24","flow_token":"token-1"}""",
            booked.Data.GetProperty("extension_message_response").GetProperty("params").GetRawText());
        Assert.Equal("""{"data":{"acknowledged":true}}""", error.Response!.Value.GetRawText());
    }

    [Fact]
    public async Task ErrorMessage_ShownOnTheSameScreen()
    {
        await using var host = await FlowHost.StartAsync((request, _) =>
            ValueTask.FromResult(FlowResponse.ErrorMessage(request.Screen!, "That day is full")));

        var reply = await host.Driver.DataExchangeAsync("PICK_DAY", new JsonObject { ["day"] = "2026-12-25" }, "token-2", Ct);

        Assert.Equal(("PICK_DAY", "That day is full"), (reply.Screen, reply.Data.GetProperty("error_message").GetString()));
    }

    [Fact]
    public async Task FlowTokenInvalid_Answers427()
    {
        await using var host = await FlowHost.StartAsync((_, _) => throw new FlowTokenInvalidException());

        var reply = await host.Driver.DataExchangeAsync("PICK_DAY", null, "expired-token", Ct);

        Assert.Equal((427, (JsonElement?)null), (reply.StatusCode, reply.Response));
    }

    [Fact]
    public async Task RequestSignedWithAnotherSecret_Answers432()
    {
        await using var host = await FlowHost.StartAsync(Echo);
        using var stranger = new FlowEndpointDriver(host.Http, host.Endpoint, FlowHost.Keys.PublicKeyPem, "not-the-app-secret");

        var reply = await stranger.PingAsync(Ct);

        Assert.Equal(432, reply.StatusCode);
    }

    [Fact]
    public async Task RequestEncryptedForAnotherKey_Answers421SoWhatsAppRefetchesTheKey()
    {
        await using var host = await FlowHost.StartAsync(Echo);
        using var stale = new FlowEndpointDriver(host.Http, host.Endpoint, FlowKeyPair.Generate().PublicKeyPem, FlowHost.AppSecret);

        var reply = await stale.PingAsync(Ct);

        Assert.Equal(421, reply.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"encrypted_flow_data\":\"AAAA\"}")]
    public async Task SignedBodyThatIsNoEnvelope_Answers400(string body)
    {
        await using var host = await FlowHost.StartAsync(Echo);

        using var response = await PostSignedAsync(host, Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Answers413()
    {
        await using var host = await FlowHost.StartAsync(Echo, o => o.MaxBodySize = 4096);
        var body = new byte[64 * 1024];
        using var content = new StreamContent(new MemoryStream(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task KeyFromConfiguration_EncryptedPemFileWithPassphrase_Serves()
    {
        var pair = FlowKeyPair.Generate("s3cret phrase");
        var path = Path.Combine(Path.GetTempPath(), $"flows-key-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(path, pair.PrivateKeyPem, Ct);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["WhatsApp:AppSecret"] = FlowHost.AppSecret,
                ["WhatsApp:Flows:PrivateKeyPath"] = path,
                ["WhatsApp:Flows:PrivateKeyPassphrase"] = "s3cret phrase",
            }).Build();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddWhatsAppFlowEndpoint(configuration.GetSection("WhatsApp"));
            await using var app = builder.Build();
            app.MapWhatsAppFlowEndpoint("/flows", Echo);
            await app.StartAsync(Ct);
            using var http = new HttpClient();
            using var driver = new FlowEndpointDriver(http, new Uri(new Uri(app.Urls.First()), "/flows"), pair.PublicKeyPem, FlowHost.AppSecret);

            var reply = await driver.PingAsync(Ct);

            Assert.Equal(200, reply.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StartUp_WrongPassphrase_FailsWithoutShowingTheKey()
    {
        var pair = FlowKeyPair.Generate("right");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddWhatsAppFlowEndpoint(o =>
        {
            o.AppSecret = FlowHost.AppSecret;
            o.PrivateKeyPem = pair.PrivateKeyPem;
            o.PrivateKeyPassphrase = "wrong";
        });
        await using var app = builder.Build();
        app.MapWhatsAppFlowEndpoint("/flows", Echo);

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains("passphrase is wrong", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pair.PrivateKeyPem.Split('\n')[1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MapWithoutRegistration_TellsWhatToCall()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapWhatsAppFlowEndpoint("/flows", Echo));

        Assert.Contains("AddWhatsAppFlowEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FuzzedBodiesWithValidSignatures_NeverA5xx()
    {
        await using var host = await FlowHost.StartAsync(Echo);
        var valid = await CapturedEnvelopeAsync(host);
        var statuses = new List<HttpStatusCode>();

        await Gen.OneOf(
                Gen.Byte.Array[0, 300],
                Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, (i, b) => Mutate(valid, i, b)),
                Gen.Int[0, valid.Length].Select(n => valid[..n]))
            .SampleAsync(async body =>
            {
                using var response = await PostSignedAsync(host, body);
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                }

                return (int)response.StatusCode < 500;
            }, iter: 150, threads: 1);

        Assert.Contains(statuses, s => s is HttpStatusCode.BadRequest or (HttpStatusCode)421);
    }

    private static byte[] Mutate(byte[] source, int index, byte value)
    {
        var copy = (byte[])source.Clone();
        copy[index] = value;
        return copy;
    }

    /// <summary>A real envelope, as the driver sends it, to mutate.</summary>
    private static async Task<byte[]> CapturedEnvelopeAsync(FlowHost host)
    {
        var capture = new CapturingHandler();
        using var http = new HttpClient(capture);
        using var driver = new FlowEndpointDriver(http, host.Endpoint, FlowHost.Keys.PublicKeyPem, FlowHost.AppSecret);
        await driver.DataExchangeAsync("ECHO", new JsonObject { ["a"] = 1 }, "t", Ct);
        return capture.Body!;
    }

    private static Task<HttpResponseMessage> PostSignedAsync(FlowHost host, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Compute(body, FlowHost.AppSecret));
        return host.Http.SendAsync(request, Ct);
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public byte[]? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }
    }

    private sealed record Calendar(string FirstDay);

    private sealed class BookingFlow(Calendar calendar) : WhatsAppFlowHandler
    {
        protected override ValueTask<FlowResponse> OnInitAsync(FlowRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(FlowResponse.NextScreen("PICK_DAY", new JsonObject { ["first_day"] = calendar.FirstDay }));

        protected override ValueTask<FlowResponse> OnBackAsync(FlowRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(FlowResponse.NextScreen("PICK_DAY"));

        protected override ValueTask<FlowResponse> OnDataExchangeAsync(FlowRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(FlowResponse.Complete(request.FlowToken!, new JsonObject { ["day"] = request.GetDataString("day") }));
    }
}
