using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Benchmarks.SendPath;

internal static class SdkClient
{
    /// <summary>
    /// The SDK exactly as users register it, with the primary handler replaced and the rate limiter switched off: with it
    /// on, the benchmark would measure the shaping delay (at most 100,000 messages/s per number), not the SDK's cost.
    /// The limiter's own cost per send is its acquire, measured in LimiterAcquireBenchmarks.
    /// </summary>
    public static ServiceProvider Build(Uri baseAddress, Func<HttpMessageHandler> primaryHandler)
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = "benchmark-token";
            options.PhoneNumberId = MetaAnswer.PhoneNumberId;
            options.BaseAddress = baseAddress;
        })
        .ConfigureRateLimiting(limits => limits.Enabled = false)
        .HttpClient.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        return services.BuildServiceProvider();
    }
}
