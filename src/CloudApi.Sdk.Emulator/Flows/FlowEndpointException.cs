namespace CloudApi.Sdk.Emulator.Flows;

/// <summary>The business's Flows endpoint answered 200 with a body the <see cref="FlowEndpointDriver"/> could not decrypt or read, as WhatsApp's client would fail on it.</summary>
public sealed class FlowEndpointException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong with the answer.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public FlowEndpointException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
