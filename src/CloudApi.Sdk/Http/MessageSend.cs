namespace CloudApi.Sdk.Http;

/// <summary>
/// What the pipeline knows about a message send (<c>POST /{phone-number-id}/messages</c>): the rate limiter keys on the
/// sender and the recipient without re-reading the body, and a failure names the message. It travels in the request's
/// <see cref="HttpRequestMessage.Options"/> under <see cref="Key"/>, so it survives a handler of the user's that replaces the
/// request by a copy (copying its options, as a faithful clone does). It also tracks whether the request may be on the
/// wire: a cancellation before that leaves nothing sent, one after it leaves the outcome unknown. Once the rate limiter
/// cleared it to leave, its body (<see cref="PooledJsonContent"/>) makes the last check of the departure just before
/// the bytes go to the connection (<see cref="BeforeWriteAsync"/>).
/// </summary>
internal sealed class MessageSend
{
    /// <summary>The key of the send's metadata in <see cref="HttpRequestMessage.Options"/>.</summary>
    public static readonly HttpRequestOptionsKey<MessageSend> Key = new("CloudApi.Sdk.MessageSend");

    private readonly SendStopper? _stopper;
    private int _state;
    private IDepartureGate? _gate;
    private long _clearedAt;

    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipient">The recipient (phone number, BSUID or group id) as the caller wrote it.</param>
    /// <param name="recipientKey">The pair limit's key (<see cref="Messages.WhatsAppRecipient"/>: phone digits or a BSUID's tagged hash), 0 for groups.</param>
    /// <param name="messageType">The message's <c>type</c>.</param>
    /// <param name="bizOpaqueCallbackData">The message's callback data, if any.</param>
    public MessageSend(string phoneNumberId, string recipient, long recipientKey, string messageType, string? bizOpaqueCallbackData)
    {
        PhoneNumberId = phoneNumberId;
        Recipient = recipient;
        RecipientKey = recipientKey;
        MessageType = messageType;
        BizOpaqueCallbackData = bizOpaqueCallbackData;
        _stopper = SendStopper.Current;
    }

    public string PhoneNumberId { get; }

    public string Recipient { get; }

    public long RecipientKey { get; }

    public string MessageType { get; }

    public string? BizOpaqueCallbackData { get; }

    /// <summary>Whether an attempt was handed to the transport and its answer is not known to be a refusal.</summary>
    public bool MayHaveBeenWritten => (Volatile.Read(ref State) & SendStopper.OnWire) != 0;

    private ref int State => ref (_stopper is null ? ref _state : ref _stopper.State);

    /// <summary>
    /// The send <paramref name="request"/> carries, or <see langword="null"/> when it is not a message send: from its body
    /// when that is still the SDK's (no dictionary lookup), else from its options (a copy of the request with a new body).
    /// </summary>
    public static MessageSend? Of(HttpRequestMessage request) =>
        request.Content is PooledJsonContent { Message: { } send } ? send
        : request.Options.TryGetValue(Key, out var copied) ? copied : null;

    /// <summary>
    /// Marks an attempt as handed to the transport, the last moment a stop may still keep the message from leaving.
    /// Returns <see langword="false"/> (nothing changes) when the bulk send this message belongs to was stopped.
    /// </summary>
    public bool TryDepart()
    {
        ref var state = ref State;
        while (true)
        {
            var current = Volatile.Read(ref state);
            if ((current & SendStopper.StopRequested) != 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref state, current | SendStopper.OnWire, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The rate limiter (<paramref name="gate"/>) cleared the send to leave: <paramref name="departure"/> (a timestamp of its
    /// <see cref="TimeProvider"/>) is when it left the limiter (when the gate let it go in one process, its slot in a
    /// store shared with other processes). The body checks, before it is written, that the send did not stall on its
    /// way from there to the connection for longer than the gate's <see cref="IDepartureGate.LateWriteTolerance"/>.
    /// </summary>
    public void ClearedToLeave(IDepartureGate gate, long departure)
    {
        _clearedAt = departure;
        _gate = gate;
    }

    /// <summary>
    /// The departure's last check, made by the body just before its bytes go to the connection: everything between the
    /// limiter and the socket (the handlers after it, a connection being opened, a thread-pool or JIT stall) can delay
    /// a send that left the limiter on time, and a send that late would bunch with the ones on time behind it. One
    /// later than the limiter's tolerance goes back to it for a new departure (off the wire meanwhile, so a
    /// cancellation leaves it not sent). Completes synchronously when the send is on time or not rate-limited.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled, or the bulk send stopped, while it waited again.</exception>
    public ValueTask BeforeWriteAsync(CancellationToken cancellationToken)
    {
        var gate = _gate;
        if (gate is null)
        {
            return ValueTask.CompletedTask;
        }

        var late = gate.TimeProvider.GetElapsedTime(_clearedAt);
        return late <= gate.LateWriteTolerance ? ValueTask.CompletedTask : DepartAgainAsync(gate, late, cancellationToken);
    }

    private async ValueTask DepartAgainAsync(IDepartureGate gate, TimeSpan late, CancellationToken cancellationToken)
    {
        NotSent();

        // The gate clears the send to leave again (ClearedToLeave) once its new departure comes.
        await gate.DepartLateWriteAsync(this, late, cancellationToken).ConfigureAwait(false);
        if (!TryDepart())
        {
            throw new OperationCanceledException("The bulk send was cancelled before this message was sent.", null, cancellationToken);
        }
    }

    /// <summary>
    /// The attempt did not go (Meta refused it for throttling, the connection was never made, or it went back to the
    /// limiter for a new departure), and the next one waits. A stop that came while the attempt was on the wire takes
    /// effect now.
    /// </summary>
    public void NotSent()
    {
        var previous = Interlocked.And(ref State, ~SendStopper.OnWire);
        if ((previous & SendStopper.StopRequested) != 0)
        {
            _stopper?.Cancel();
        }
    }
}
