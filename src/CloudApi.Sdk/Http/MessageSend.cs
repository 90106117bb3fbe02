namespace CloudApi.Sdk.Http;

/// <summary>
/// What the pipeline knows about a message send (<c>POST /{phone-number-id}/messages</c>): the rate limiter keys on the
/// sender and the recipient without re-reading the body, and a failure names the message. It travels in the request's
/// <see cref="HttpRequestMessage.Options"/> under <see cref="Key"/>, so it survives a handler of the user's that replaces the
/// request by a copy (copying its options, as a faithful clone does). It also tracks whether the request may be on the
/// wire: a cancellation before that leaves nothing sent, one after it leaves the outcome unknown.
/// </summary>
internal sealed class MessageSend
{
    /// <summary>The key of the send's metadata in <see cref="HttpRequestMessage.Options"/>.</summary>
    public static readonly HttpRequestOptionsKey<MessageSend> Key = new("CloudApi.Sdk.MessageSend");

    private readonly SendStopper? _stopper;
    private int _state;

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

    /// <summary>The send <paramref name="request"/> carries, or <see langword="null"/> when it is not a message send.</summary>
    public static MessageSend? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var send) ? send : null;

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
    /// Meta refused the attempt (throttling): the message did not go, and the next attempt waits in the limiter. A stop
    /// that came while the attempt was on the wire takes effect now.
    /// </summary>
    public void Refused()
    {
        var previous = Interlocked.And(ref State, ~SendStopper.OnWire);
        if ((previous & SendStopper.StopRequested) != 0)
        {
            _stopper?.Cancel();
        }
    }
}
