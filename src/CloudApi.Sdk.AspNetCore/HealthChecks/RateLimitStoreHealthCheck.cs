using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CloudApi.Sdk.AspNetCore.HealthChecks;

/// <summary>
/// Checks that the registration's rate-limit store answers: one acquire for a probe number (<see cref="ProbeNumber"/>,
/// never a real phone-number id, so no real send's slots move) within the timeout. A Redis store that cannot be reached
/// fails it; the in-memory store always answers.
/// </summary>
internal sealed class RateLimitStoreHealthCheck(IServiceProvider services, WhatsAppHealthCheckOptions options) : IHealthCheck
{
    /// <summary>The phone-number id the probe acquires for (not a Graph id: those are digits only).</summary>
    public const string ProbeNumber = "cloudapi-sdk-health-probe";

    private static readonly RateLimitRules ProbeRules = new(messagesPerSecond: 1000, maxQueueLength: 1000, TimeSpan.FromSeconds(6), pairBurst: 45);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = services.GetKeyedService<IWhatsAppRateLimitStore>(options.ClientName);
        if (store is null)
        {
            return HealthCheckResult.Healthy("Rate limiting is not registered for this client.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await store.AcquireAsync(new RateLimitAcquireRequest(ProbeNumber, 0, ProbeRules, PairAcquireMode.Skip), timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"The rate-limit store ({store.GetType().Name}) answers.");
        }
        catch (RateLimitStoreUnavailableException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The rate-limit store ({store.GetType().Name}) cannot be reached.", e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The rate-limit store ({store.GetType().Name}) did not answer within {options.Timeout}.");
        }
    }
}
