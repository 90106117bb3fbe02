using System.Diagnostics.CodeAnalysis;
using CloudApi.Sdk.AspNetCore.Flows;
using CloudApi.Sdk.Flows.Endpoint;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps a WhatsApp Flows data-exchange endpoint.</summary>
public static class WhatsAppFlowEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST at <paramref name="pattern"/>: verifies the signature, decrypts, answers health checks, calls
    /// <paramref name="handler"/> and encrypts its answer. Answers 432 for a bad signature, 421 for a request that
    /// cannot be decrypted (WhatsApp re-fetches the public key), 427 when the handler throws
    /// <see cref="FlowTokenInvalidException"/>, 400 for a malformed request and 413 beyond the size limit.
    /// </summary>
    /// <param name="endpoints">The route builder (the app).</param>
    /// <param name="pattern">The route, e.g. <c>/flows</c>: the endpoint URI set on the flow.</param>
    /// <param name="handler">Answers the decrypted requests.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddWhatsAppFlowEndpoint</c> was not called.</exception>
    public static IEndpointConventionBuilder MapWhatsAppFlowEndpoint(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern,
        Func<FlowRequest, CancellationToken, ValueTask<FlowResponse>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var flowHandler = new DelegateFlowHandler(handler);
        return Map(endpoints, pattern, _ => flowHandler);
    }

    /// <summary>
    /// Maps POST at <paramref name="pattern"/> with a handler class (for example one deriving from
    /// <see cref="WhatsAppFlowHandler"/>), resolved from the request's services or created with their help.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="endpoints">The route builder (the app).</param>
    /// <param name="pattern">The route, e.g. <c>/flows</c>.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddWhatsAppFlowEndpoint</c> was not called.</exception>
    public static IEndpointConventionBuilder MapWhatsAppFlowEndpoint<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        where THandler : class, IWhatsAppFlowHandler =>
        Map(endpoints, pattern, static context => ActivatorUtilities.GetServiceOrCreateInstance<THandler>(context.RequestServices));

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, Func<HttpContext, IWhatsAppFlowHandler> resolve)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var endpoint = endpoints.ServiceProvider.GetService<FlowEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddWhatsAppFlowEndpoint(...) before app.MapWhatsAppFlowEndpoint(...).");
        return endpoints.MapPost(pattern, (RequestDelegate)(context => endpoint.HandleAsync(context, resolve(context))))
            .WithDisplayName("WhatsApp Flows endpoint");
    }
}
