using System.Net.Http.Json;
using System.Text.Json;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.Partners;

/// <summary>The examples of docs/tech-providers.md, compiled and run end to end against the emulator's Embedded Signup.</summary>
public sealed class TechProvidersDocExamples
{
    private const string ProviderToken = "provider-system-user-token";
    private const string EmulatorAppId = "300000000000001";
    private const string EmulatorAppSecret = "emulator-app-secret";
    private const string ProviderBusinessId = "400000000000001";

    // docs: signup-callback
    /// <summary>What the browser posts to your server when Embedded Signup finishes: the code, and the ids of the WA_EMBEDDED_SIGNUP event.</summary>
    internal sealed record SignupCallback(string Code, string BusinessId, string BusinessAccountId, string PhoneNumberId);
    // docs: end

    // docs: onboard
    internal static async Task<IWhatsAppClient> OnboardAsync(
        IWhatsAppClient provider, IWhatsAppClientFactory clients, SignupCallback signup, CancellationToken cancellationToken)
    {
        // 1. The code is single-use and valid for 30 seconds: exchange it at once for the business's token.
        BusinessToken token = await provider.Partners.Onboarding.ExchangeCodeAsync(signup.Code, cancellationToken: cancellationToken);

        // 2. Check the token: valid, and granted on the WABA the browser reported.
        TokenInfo info = await provider.Partners.Onboarding.DebugTokenAsync(token.AccessToken, cancellationToken: cancellationToken);
        if (!info.IsValid || !info.BusinessAccountIds.Contains(signup.BusinessAccountId))
        {
            throw new InvalidOperationException($"The token does not grant WABA {signup.BusinessAccountId}.");
        }

        // 3. A client for this business: its token on every request, the shared pipeline and rate limiter.
        IWhatsAppClient business = clients.CreateClient(new WhatsAppTenant(token.AccessToken)
        {
            Name = signup.BusinessId,
            BusinessAccountId = signup.BusinessAccountId,
            PhoneNumberId = signup.PhoneNumberId,
        });

        // 4. Subscribe the app to the WABA's webhooks, delivered to this business's own callback.
        await business.BusinessAccounts.SubscribeAppAsync(
            new SubscribeAppRequest(new Uri($"https://hooks.example.com/whatsapp/{signup.BusinessAccountId}"), "verify-token-of-this-business"),
            cancellationToken: cancellationToken);

        // 5. Register the number for the Cloud API with its two-step verification PIN.
        await business.PhoneNumbers.RegisterAsync(new RegisterPhoneNumberRequest("246810"), cancellationToken: cancellationToken);

        // Store token.AccessToken (encrypted) with the business's ids; a client is rebuilt from them whenever needed.
        return business;
    }
    // docs: end

    // docs: accounts
    internal static async Task<IReadOnlyList<string>> ListOnboardedAccountsAsync(IWhatsAppClient provider, string providerBusinessId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (BusinessAccount account in provider.Partners.Accounts.ListClientBusinessAccountsAsync(providerBusinessId, cancellationToken: cancellationToken))
        {
            names.Add($"{account.Id} {account.Name}");
        }

        return names;
    }
    // docs: end

    [Fact]
    public async Task Onboarding_AgainstTheEmulator_NewBusinessSendsFromItsRegisteredNumber()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await ProviderWorld.StartAsync();
        var signup = await world.SignUpAsync("Lucky Shrub");

        var business = await OnboardAsync(world.Provider, world.Clients, signup, ct);
        var sent = await business.Messages.SendTextAsync("+16505551234", "Welcome to Lucky Shrub", cancellationToken: ct);

        Assert.StartsWith("wamid.", sent.MessageId, StringComparison.Ordinal);
        var message = Assert.Single(world.Emulator.Messages);
        Assert.Equal(signup.PhoneNumberId, message.PhoneNumberId);
        var app = Assert.Single(await business.BusinessAccounts.ListSubscribedAppsAsync(cancellationToken: ct).ToListAsync(ct));
        Assert.Equal($"https://hooks.example.com/whatsapp/{signup.BusinessAccountId}", app.OverrideCallbackUri);
        Assert.Equal([$"{signup.BusinessAccountId} Lucky Shrub WABA"], await ListOnboardedAccountsAsync(world.Provider, ProviderBusinessId, ct));
        Assert.Equal("Lucky Shrub", (await world.Provider.Partners.Accounts.GetBusinessAsync(signup.BusinessId, ct)).Name);
        Assert.Equal([signup.BusinessId], (await world.Provider.Partners.Accounts.ListConnectedClientBusinessesAsync(cancellationToken: ct).ToListAsync(ct)).Select(b => b.Id));
    }

    [Fact]
    public async Task ExchangeCodeAsync_CodeUsedTwiceOrAfter30Seconds_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await ProviderWorld.StartAsync();
        var used = await world.SignUpAsync("First");
        var late = await world.SignUpAsync("Second");
        var onboarding = world.Provider.Partners.Onboarding;

        await onboarding.ExchangeCodeAsync(used.Code, cancellationToken: ct);
        var reused = await Assert.ThrowsAsync<WhatsAppApiException>(() => onboarding.ExchangeCodeAsync(used.Code, cancellationToken: ct));
        world.Time.Advance(TimeSpan.FromSeconds(31));
        var expired = await Assert.ThrowsAsync<WhatsAppApiException>(() => onboarding.ExchangeCodeAsync(late.Code, cancellationToken: ct));
        var third = await world.SignUpAsync("Third");
        var wrongSecret = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            onboarding.ExchangeCodeAsync(third.Code, new TokenExchangeOptions { AppSecret = "wrong" }, ct));

        Assert.Equal((100, 100, 1), (reused.ErrorCode, expired.ErrorCode, wrongSecret.ErrorCode));
    }

    [Fact]
    public async Task DebugTokenAsync_EmulatorTokens_AppTokenInspectsGrantsAndUnknownIsInvalid()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await ProviderWorld.StartAsync();
        var signup = await world.SignUpAsync(null);
        var token = await world.Provider.Partners.Onboarding.ExchangeCodeAsync(signup.Code, cancellationToken: ct);

        var granted = await world.Provider.Partners.Onboarding.DebugTokenAsync(token.AccessToken, cancellationToken: ct);
        var unknown = await world.Provider.Partners.Onboarding.DebugTokenAsync("EAAGnot-issued", cancellationToken: ct);

        Assert.Equal((true, "SYSTEM_USER", EmulatorAppId, (DateTimeOffset?)null), (granted.IsValid, granted.Type, granted.AppId, granted.ExpiresAt));
        Assert.Equal([signup.BusinessAccountId], granted.TargetIdsOf(TokenInfo.BusinessManagementScope));
        Assert.False(unknown.IsValid);
        var anotherBusiness = world.Clients.CreateClient(new WhatsAppTenant(token.AccessToken) { PhoneNumberId = signup.PhoneNumberId });
        await Assert.ThrowsAsync<WhatsAppApiException>(() => anotherBusiness.Messages.SendTextAsync("+16505551234", "not registered yet", cancellationToken: ct));
    }

    /// <summary>The emulator on a fake clock, a provider registration (the app's id and secret) and its client factory.</summary>
    private sealed class ProviderWorld : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly HttpClient _http;

        private ProviderWorld(WhatsAppEmulator emulator, FakeTimeProvider time)
        {
            Emulator = emulator;
            Time = time;
            var services = new ServiceCollection();
            services.AddWhatsAppCloudApi(options =>
            {
                options.AccessToken = ProviderToken;
                options.AppId = EmulatorAppId;
                options.AppSecret = EmulatorAppSecret;
                options.BaseAddress = emulator.BaseAddress;
                options.MaxRetries = 0;
            });
            _services = services.BuildServiceProvider();
            Provider = _services.GetRequiredService<IWhatsAppClient>();
            Clients = _services.GetRequiredService<IWhatsAppClientFactory>();
            _http = new HttpClient { BaseAddress = emulator.BaseAddress };
        }

        public WhatsAppEmulator Emulator { get; }

        public FakeTimeProvider Time { get; }

        public IWhatsAppClient Provider { get; }

        public IWhatsAppClientFactory Clients { get; }

        public static async Task<ProviderWorld> StartAsync()
        {
            var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_772_366_400));
            var options = new EmulatorOptions { TimeProvider = time };
            options.AccessTokens.Add(ProviderToken);
            return new ProviderWorld(await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken), time);
        }

        /// <summary>Plays the browser's part of Embedded Signup through the emulator's control endpoint.</summary>
        public async Task<SignupCallback> SignUpAsync(string? businessName)
        {
            using var response = await _http.PostAsJsonAsync("/_emulator/embedded_signup",
                businessName is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["business_name"] = businessName }, TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            string Read(string name) => body.RootElement.GetProperty(name).GetString()!;
            return new SignupCallback(Read("code"), Read("business_id"), Read("waba_id"), Read("phone_number_id"));
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await _services.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
