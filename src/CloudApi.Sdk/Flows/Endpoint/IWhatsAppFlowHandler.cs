namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>Answers the decrypted requests of a Flows data-exchange endpoint (health checks are answered before it is called).</summary>
public interface IWhatsAppFlowHandler
{
    /// <summary>Answers one request.</summary>
    /// <param name="request">The decrypted request.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    /// <returns>The answer to encrypt.</returns>
    /// <exception cref="FlowTokenInvalidException">The flow token is unknown or expired (the endpoint answers 427).</exception>
    ValueTask<FlowResponse> HandleAsync(FlowRequest request, CancellationToken cancellationToken);
}
