namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>
/// Thrown by a flow handler when the request's flow token is unknown or expired: the endpoint answers HTTP 427, and
/// WhatsApp tells the user the flow can no longer be used.
/// </summary>
public sealed class FlowTokenInvalidException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the token is refused (logged, not shown to the user).</param>
    public FlowTokenInvalidException(string message = "The flow token is unknown or expired.")
        : base(message)
    {
    }
}
