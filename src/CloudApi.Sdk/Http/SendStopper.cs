namespace CloudApi.Sdk.Http;

/// <summary>
/// Stops one message of a bulk send without losing track of it: a message still waiting (for its rate-limit slot or a
/// throttling retry) is cancelled; one whose request is on the wire is left to finish, so that an accepted message is
/// reported as accepted, with its id, rather than as cancelled. The bulk send sets <see cref="Current"/> around each
/// send; the message's <see cref="MessageSend"/> picks it up and shares its state.
/// </summary>
internal sealed class SendStopper : IDisposable
{
    /// <summary>State bit: an attempt is on the wire.</summary>
    public const int OnWire = 1;

    /// <summary>State bit: the bulk send was stopped.</summary>
    public const int StopRequested = 2;

    private static readonly AsyncLocal<SendStopper?> Ambient = new();

    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The state bits, shared with the message's <see cref="MessageSend"/>.</summary>
#pragma warning disable CA1051, SA1401 // Shared by reference with MessageSend for its compare-and-swap.
    public int State;
#pragma warning restore CA1051, SA1401

    /// <summary>The stopper of the send the current flow is making, if a bulk send set one.</summary>
    public static SendStopper? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>The token the message is sent with: cancelled by <see cref="Stop"/> unless the request is on the wire.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Stops the message: cancels it now if it is not on the wire, else when an attempt comes back refused.</summary>
    public void Stop()
    {
        var previous = Interlocked.Or(ref State, StopRequested);
        if ((previous & OnWire) == 0)
        {
            Cancel();
        }
    }

    /// <summary>Cancels the message's token.</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The message finished in the meantime.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
