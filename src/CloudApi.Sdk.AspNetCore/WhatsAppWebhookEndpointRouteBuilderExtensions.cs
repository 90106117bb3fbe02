using System.Diagnostics.CodeAnalysis;
using CloudApi.Sdk.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the WhatsApp webhook endpoint.</summary>
public static class WhatsAppWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GET (Meta's verification handshake) and POST (signed notifications) at <paramref name="pattern"/>.
    /// POST answers 413 beyond the size limit, 401 for a missing or wrong signature, 400 for a body that is not JSON,
    /// and 200 once the events are handled (inline mode; 500 when a handler failed, so Meta delivers again) or stored in the
    /// inbox (queued mode; 503 when it is full or unreachable).
    /// </summary>
    /// <param name="endpoints">The route builder (the app).</param>
    /// <param name="pattern">The route, e.g. <c>/webhook</c>: the callback URL configured at Meta.</param>
    /// <returns>The endpoint's convention builder (add host filters, rate limiting, ... there; not authorization: Meta signs, it does not log in).</returns>
    /// <exception cref="InvalidOperationException"><c>AddWhatsAppWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/webhook")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var endpoint = endpoints.ServiceProvider.GetService<WebhookEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddWhatsAppWebhooks(...) before app.MapWhatsAppWebhook(...).");
        RequestDelegate handler = endpoint.HandleAsync;
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], handler)
            .WithDisplayName("WhatsApp webhook");
    }
}
