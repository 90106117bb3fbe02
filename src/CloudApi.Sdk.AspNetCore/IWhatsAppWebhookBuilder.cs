using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>Returned by <c>AddWhatsAppWebhooks</c>: add handlers and choose the de-duplication store with its extension methods.</summary>
public interface IWhatsAppWebhookBuilder
{
    /// <summary>The service collection the webhook services are registered in.</summary>
    IServiceCollection Services { get; }
}

internal sealed class WhatsAppWebhookBuilder(IServiceCollection services) : IWhatsAppWebhookBuilder
{
    public IServiceCollection Services { get; } = services;
}
