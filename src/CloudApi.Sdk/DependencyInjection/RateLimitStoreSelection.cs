using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>A registration's choice of store (named options); <see langword="null"/> means the shared default store.</summary>
internal sealed class RateLimitStoreSelection
{
    public Func<IServiceProvider, IWhatsAppRateLimitStore>? Factory { get; set; }
}
