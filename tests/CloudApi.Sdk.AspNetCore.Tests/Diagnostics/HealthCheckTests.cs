using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CloudApi.Sdk.AspNetCore.Tests.Diagnostics;

/// <summary><c>AddWhatsAppHealthChecks</c> run against the emulator: what Meta answers for the token and the numbers.</summary>
public sealed class HealthCheckTests
{
    private const string Second = "100000000000002";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckHealth_TokenWorksAndNumbersGreen_IsHealthy()
    {
        await using var emulator = await StartEmulatorAsync("GREEN", "GREEN");

        var report = await CheckAsync(emulator);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal("GREEN", report.Entries["whatsapp"].Data[$"{Second}.quality_rating"]);
        Assert.Equal("CONNECTED", report.Entries["whatsapp"].Data[$"{Second}.status"]);
        Assert.Equal(HealthStatus.Healthy, report.Entries["whatsapp.rate_limit_store"].Status);
    }

    [Fact]
    public async Task CheckHealth_ANumberYellow_IsDegradedAndNamesIt()
    {
        await using var emulator = await StartEmulatorAsync("GREEN", "YELLOW");

        var entry = (await CheckAsync(emulator)).Entries["whatsapp"];

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains(Second, entry.Description, StringComparison.Ordinal);
        Assert.Contains("YELLOW", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealth_ANumberRed_IsUnhealthy()
    {
        await using var emulator = await StartEmulatorAsync("YELLOW", "RED");

        var entry = (await CheckAsync(emulator)).Entries["whatsapp"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("RED", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealth_ANumberNotRegistered_IsUnhealthy()
    {
        await using var emulator = await StartEmulatorAsync("GREEN", "GREEN", secondRegistered: false);

        var entry = (await CheckAsync(emulator)).Entries["whatsapp"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains($"number {Second} is PENDING", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealth_TokenRefused_IsUnhealthyWithoutTheToken()
    {
        await using var emulator = await StartEmulatorAsync("GREEN", "GREEN");

        var entry = (await CheckAsync(emulator, token: "EAAG-revoked-token-42")).Entries["whatsapp"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("190", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("EAAG-revoked-token-42", entry.Description, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task CheckHealth_StoreUnavailable_StoreCheckIsUnhealthy()
    {
        await using var emulator = await StartEmulatorAsync("GREEN", "GREEN");

        var report = await CheckAsync(emulator, store: new UnavailableStore());

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["whatsapp.rate_limit_store"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries["whatsapp"].Status);
    }

    private static async Task<WhatsAppEmulator> StartEmulatorAsync(string firstQuality, string secondQuality, bool secondRegistered = true)
    {
        var options = new EmulatorOptions();
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { QualityRating = firstQuality });
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = Second, DisplayPhoneNumber = "+1 555-010-0002", QualityRating = secondQuality, Registered = secondRegistered });
        return await WhatsAppEmulator.StartAsync(options, Ct);
    }

    private static async Task<HealthReport> CheckAsync(WhatsAppEmulator emulator, string? token = null, IWhatsAppRateLimitStore? store = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = token ?? emulator.Options.AccessTokens[0];
            o.PhoneNumberId = emulator.Options.PhoneNumbers[0].Id;
            o.BaseAddress = emulator.BaseAddress;
            o.MaxRetries = 0;
        });
        if (store is not null)
        {
            builder.UseRateLimitStore(_ => store);
        }

        services.AddHealthChecks().AddWhatsAppHealthChecks(o => o.PhoneNumberIds.Add(Second));
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);
    }

    private sealed class UnavailableStore : IWhatsAppRateLimitStore
    {
        public ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default) =>
            throw new RateLimitStoreUnavailableException("The store is down.", new TimeoutException());

        public ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default) =>
            throw new RateLimitStoreUnavailableException("The store is down.", new TimeoutException());
    }
}
