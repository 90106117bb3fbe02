using System.Net;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.RateLimiting;
using CloudApi.Sdk.Templates;
using TemplateComponent = CloudApi.Sdk.Messages.TemplateComponent;

namespace CloudApi.Sdk.Tests.Client;

/// <summary><see cref="WhatsAppClient.Create"/>: a client without DI, with the registration's pipeline, owning what it made.</summary>
public sealed class WhatsAppClientCreateTests
{
    private const string Token = "EAAG-create-test-token-55555";
    private const string PhoneNumberId = "100000000000555";
    private const string Alice = "+16505551234";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_SendTextToEmulator_AcceptedAndRecordedWithTheToken()
    {
        await using var emulator = await StartEmulatorAsync();
        await using var client = WhatsAppClient.Create(new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId, BaseAddress = emulator.BaseAddress });

        var sent = await client.Messages.SendTextAsync(Alice, "Your order has shipped", cancellationToken: Ct);

        Assert.StartsWith("wamid.", sent.MessageId, StringComparison.Ordinal);
        var message = Assert.Single(emulator.Messages);
        Assert.Equal(sent.MessageId, message.Id);
        Assert.Equal(PhoneNumberId, message.PhoneNumberId);
        Assert.Equal("text", message.Type);
    }

    [Fact]
    public async Task Create_PairBurstUsedUp_NextSendToThatUserWaitsForThePairSlot()
    {
        await using var emulator = await StartEmulatorAsync();
        var time = new SignallingTimeProvider();
        await using var client = WhatsAppClient.Create(
            new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId, BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromMinutes(10) },
            new WhatsAppClientCreateOptions
            {
                TimeProvider = time,
                RateLimiting = new WhatsAppRateLimitOptions { PairBurst = 2, PairSafetyMargin = TimeSpan.Zero, MessagesPerSecond = 1_000 },
            });
        for (var i = 0; i < 2; i++)
        {
            await client.Messages.SendTextAsync(Alice, $"{i}", cancellationToken: Ct);
            time.Advance(TimeSpan.FromMilliseconds(2)); // past the throughput slot (1.04 ms at 1,000/s less the 4 % headroom)
        }

        var third = client.Messages.SendTextAsync(Alice, "3", cancellationToken: Ct);
        var pairWait = TimeSpan.FromSeconds(6) - TimeSpan.FromMilliseconds(4);
        await time.WaitForTimerAsync(pairWait);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, emulator.Messages.Count);
        time.Advance(pairWait);
        await third;
        Assert.Equal(3, emulator.Messages.Count);
    }

    [Fact]
    public async Task Create_PairPolicyFailFast_ThrowsPairRateLimitExceeded()
    {
        await using var emulator = await StartEmulatorAsync();
        await using var client = WhatsAppClient.Create(
            new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId, BaseAddress = emulator.BaseAddress },
            new WhatsAppClientCreateOptions { RateLimiting = new WhatsAppRateLimitOptions { PairBurst = 1, PairPolicy = PairLimitPolicy.FailFast } });
        await client.Messages.SendTextAsync(Alice, "1", cancellationToken: Ct);

        await Assert.ThrowsAsync<PairRateLimitExceededException>(() => client.Messages.SendTextAsync(Alice, "2", cancellationToken: Ct));

        Assert.Single(emulator.Messages);
    }

    [Theory]
    [InlineData(null, "123", "AccessToken")]
    [InlineData(Token, "+16505551234", "PhoneNumberId")]
    public void Create_InvalidOptions_ThrowsValidationExceptionNamingTheSetting(string? token, string phoneNumberId, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() =>
            WhatsAppClient.Create(new WhatsAppOptions { AccessToken = token, PhoneNumberId = phoneNumberId }));

        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidRateLimits_ThrowsValidationException()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => WhatsAppClient.Create(
            new WhatsAppOptions { AccessToken = Token },
            new WhatsAppClientCreateOptions { RateLimiting = new WhatsAppRateLimitOptions { PairBurst = 46 } }));

        Assert.Equal("RateLimiting", error.Field);
        Assert.Contains("PairBurst", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OptionsChangedAfterCreate_ClientKeepsItsSnapshot()
    {
        using var graph = new GraphServer();
        graph.AcceptMessages();
        var options = new WhatsAppOptions { AccessToken = GraphServer.Token, PhoneNumberId = GraphServer.PhoneNumberId, BaseAddress = new Uri(graph.Server.Url!) };
        using var client = WhatsAppClient.Create(options);
        options.PhoneNumberId = "999";
        options.AccessToken = "changed";

        await client.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);

        var request = graph.Server.LogEntries.Single().RequestMessage!;
        Assert.Equal($"/v26.0/{GraphServer.PhoneNumberId}/messages", request.Path);
        Assert.Equal($"Bearer {GraphServer.Token}", request.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Dispose_OwnPipeline_LaterCallsThrowObjectDisposed()
    {
        await using var emulator = await StartEmulatorAsync();
        var client = WhatsAppClient.Create(new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId, BaseAddress = emulator.BaseAddress });
        await client.Messages.SendTextAsync(Alice, "before", cancellationToken: Ct);

        await client.DisposeAsync();
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Messages.SendTextAsync(Alice, "after", cancellationToken: Ct));
        Assert.Single(emulator.Messages);
    }

    [Fact]
    public async Task Dispose_GivenPrimaryHandler_UsedForSendsAndLeftUndisposed()
    {
        await using var emulator = await StartEmulatorAsync();
        using var primary = new CountingHandler();
        var client = WhatsAppClient.Create(
            new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId, BaseAddress = emulator.BaseAddress },
            new WhatsAppClientCreateOptions { PrimaryHandler = primary });
        await client.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);

        client.Dispose();

        Assert.Equal(1, primary.Requests);
        Assert.False(primary.Disposed);
        using var stillUsable = new HttpClient(primary, disposeHandler: false);
        using var answer = await stillUsable.GetAsync(new Uri(emulator.BaseAddress, "v26.0/" + PhoneNumberId), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    [Fact]
    public void ToString_Client_NeverShowsTheToken()
    {
        using var client = WhatsAppClient.Create(new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId });

        Assert.DoesNotContain(Token, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, client.Messages.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, client.Name);
    }

    [Fact]
    public async Task Create_TemplateCheck_RefusesAMessageTheDefinitionDoesNotTake()
    {
        const string BusinessAccountId = "100000000000556";
        await using var emulator = await StartEmulatorAsync(BusinessAccountId);
        await using var client = WhatsAppClient.Create(
            new WhatsAppOptions { AccessToken = Token, PhoneNumberId = PhoneNumberId, BusinessAccountId = BusinessAccountId, BaseAddress = emulator.BaseAddress },
            new WhatsAppClientCreateOptions { TemplateCheck = new TemplateDefinitionCacheOptions() });
        await client.Templates.CreateAsync(new CreateTemplateRequest("order_update", "en_US", TemplateCategory.Utility,
            [new TemplateBody("Hi {{1}}, order {{2}} shipped.") { Examples = ["Ana", "A-1"] }]), cancellationToken: Ct);

        var tooFew = new TemplateMessage("order_update", "en_US", TemplateComponent.Body(TemplateParameter.Text("Ana")));
        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => client.Messages.SendAsync(Alice, tooFew, cancellationToken: Ct));

        Assert.Equal("template.components.body", error.Field);
        Assert.Empty(emulator.Messages);
    }

    private static Task<WhatsAppEmulator> StartEmulatorAsync(string? businessAccountId = null)
    {
        var options = new EmulatorOptions();
        options.AccessTokens.Add(Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = PhoneNumberId, MessagesPerSecond = 1_000, BusinessAccountId = businessAccountId });
        if (businessAccountId is not null)
        {
            options.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = businessAccountId });
        }

        return WhatsAppEmulator.StartAsync(options, Ct);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _requests;

        public CountingHandler()
            : base(new SocketsHttpHandler())
        {
        }

        public int Requests => _requests;

        public bool Disposed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
