using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Benchmarks.SendPath;

internal static class SdkClient
{
    /// <summary>The SDK exactly as users register it, with the primary handler replaced.</summary>
    public static ServiceProvider Build(Uri baseAddress, Func<HttpMessageHandler> primaryHandler)
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = "benchmark-token";
            options.PhoneNumberId = MetaAnswer.PhoneNumberId;
            options.BaseAddress = baseAddress;
        }).HttpClient.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        return services.BuildServiceProvider();
    }
}
