using CloudApi.Sdk;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.AspNetCore.HealthChecks;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the WhatsApp Cloud API's health checks to <c>services.AddHealthChecks()</c>.</summary>
public static class WhatsAppHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds two checks of a client registration: <c>whatsapp</c> (the token works and has the permissions the calls need,
    /// each configured number is <c>CONNECTED</c>, its quality rating not <c>RED</c>; <c>YELLOW</c> is degraded) and
    /// <c>whatsapp.rate_limit_store</c> (the registration's rate-limit store answers). Each check calls Meta or the store
    /// when it runs: keep the health endpoint's polling interval in minutes, not seconds.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="configure">Sets the registration to check, extra numbers, names, tags and timeout; <see langword="null"/> for the defaults.</param>
    /// <param name="failureStatus">The status a failed check reports; <see langword="null"/> for <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddWhatsAppHealthChecks(
        this IHealthChecksBuilder builder, Action<WhatsAppHealthCheckOptions>? configure = null, HealthStatus? failureStatus = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new WhatsAppHealthCheckOptions();
        configure?.Invoke(options);
        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new WhatsAppValidationException(nameof(options.Timeout), $"Timeout is {options.Timeout}; it must be positive.", 0);
        }

        var tags = options.Tags.ToArray();
        builder.Add(new HealthCheckRegistration(
            options.Name,
            provider => new WhatsAppAccountHealthCheck(
                provider.GetRequiredService<IWhatsAppClientFactory>(),
                provider.GetRequiredService<IOptionsMonitor<WhatsAppOptions>>(),
                provider.GetRequiredService<IOptionsMonitor<WhatsAppRateLimitOptions>>(),
                options),
            failureStatus,
            tags,
            options.Timeout + TimeSpan.FromSeconds(1)));
        builder.Add(new HealthCheckRegistration(
            options.Name + ".rate_limit_store",
            provider => new RateLimitStoreHealthCheck(provider, options),
            failureStatus,
            tags,
            options.Timeout + TimeSpan.FromSeconds(1)));
        return builder;
    }
}
