namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A WhatsApp call connecting or ending (<c>calls</c> field, <c>value.calls[]</c>): match on
/// <see cref="CallConnect"/> or <see cref="CallTerminate"/>. A call event Meta adds later is an
/// <see cref="UnknownWebhookEvent"/> with the item's raw JSON.
/// </summary>
public abstract class CallEvent : WebhookEvent
{
    private protected CallEvent()
    {
    }

    /// <summary>The call id (<c>id</c>, <c>wacid...</c>): accept, reject or terminate the call with it.</summary>
    public string CallId { get; internal init; } = string.Empty;

    /// <summary>The caller's WhatsApp id or business number (<c>from</c>).</summary>
    public string? From { get; internal init; }

    /// <summary>The callee (<c>to</c>).</summary>
    public string? To { get; internal init; }

    /// <summary>The caller's business-scoped user id (<c>from_user_id</c>), when sent.</summary>
    public string? FromUserId { get; internal init; }

    /// <summary>The callee's business-scoped user id (<c>to_user_id</c>), when sent.</summary>
    public string? ToUserId { get; internal init; }

    /// <summary>The event (<c>event</c>): <c>connect</c> or <c>terminate</c>.</summary>
    public string Event { get; internal init; } = string.Empty;

    /// <summary>When it happened (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</summary>
    public DateTimeOffset Timestamp { get; internal init; }

    /// <summary><c>USER_INITIATED</c> or <c>BUSINESS_INITIATED</c> (<c>direction</c>).</summary>
    public string? Direction { get; internal init; }

    /// <summary>The <c>biz_opaque_callback_data</c> the business set on the call.</summary>
    public string? BizOpaqueCallbackData { get; internal init; }

    /// <summary>The errors of the call (<c>errors</c>); empty when none.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];
}

/// <summary>A call is connecting (<c>event: connect</c>): a user calls, or answers the business's call; <see cref="Session"/> holds the SDP.</summary>
public sealed class CallConnect : CallEvent
{
    internal CallConnect()
    {
    }

    /// <summary>The media session (<c>session</c>): the SDP offer of a user's call, or the answer to the business's.</summary>
    public CallSession? Session { get; internal init; }
}

/// <summary>A call ended (<c>event: terminate</c>).</summary>
public sealed class CallTerminate : CallEvent
{
    internal CallTerminate()
    {
    }

    /// <summary>How it ended (<c>status</c>): <c>COMPLETED</c> or <c>FAILED</c> (why: <see cref="CallEvent.Errors"/>).</summary>
    public string? Status { get; internal init; }

    /// <summary>When the call was answered (<c>start_time</c>), if it was.</summary>
    public DateTimeOffset? StartTime { get; internal init; }

    /// <summary>When it ended (<c>end_time</c>).</summary>
    public DateTimeOffset? EndTime { get; internal init; }

    /// <summary>How long it lasted (<c>duration</c>, seconds), if it was answered.</summary>
    public TimeSpan? Duration { get; internal init; }
}

/// <summary>The SDP of a call (<c>session</c>).</summary>
public sealed class CallSession
{
    internal CallSession(string? sdpType, string? sdp)
    {
        SdpType = sdpType;
        Sdp = sdp;
    }

    /// <summary><c>offer</c> or <c>answer</c> (<c>sdp_type</c>).</summary>
    public string? SdpType { get; }

    /// <summary>The session description (<c>sdp</c>, RFC 8866 text).</summary>
    public string? Sdp { get; }
}

/// <summary>
/// The progress of a call the business placed (<c>calls</c> field, <c>value.statuses[]</c> with <c>type: call</c>):
/// <c>RINGING</c>, <c>ACCEPTED</c>, <c>REJECTED</c>.
/// </summary>
public sealed class CallStatusUpdate : WebhookEvent
{
    internal CallStatusUpdate()
    {
    }

    /// <summary>The call id (<c>id</c>).</summary>
    public string CallId { get; internal init; } = string.Empty;

    /// <summary>The status (<c>status</c>): <c>RINGING</c>, <c>ACCEPTED</c>, <c>REJECTED</c>, ...</summary>
    public string? Status { get; internal init; }

    /// <summary>When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</summary>
    public DateTimeOffset Timestamp { get; internal init; }

    /// <summary>The user called (<c>recipient_id</c>).</summary>
    public string? RecipientId { get; internal init; }

    /// <summary>The user's business-scoped user id (<c>recipient_user_id</c>), when sent.</summary>
    public string? RecipientUserId { get; internal init; }

    /// <summary>The <c>biz_opaque_callback_data</c> the business set on the call.</summary>
    public string? BizOpaqueCallbackData { get; internal init; }

    /// <summary>The errors (<c>errors</c>); empty when none.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];
}
