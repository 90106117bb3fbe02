namespace CloudApi.Sdk.Emulator.Calling;

/// <summary>One call the emulator tracks, from ringing to its end.</summary>
internal sealed class EmulatedCall
{
    public EmulatedCall(string id, string phoneNumberId, string user, bool businessInitiated, DateTimeOffset createdAt, string? bizOpaqueCallbackData)
    {
        Id = id;
        PhoneNumberId = phoneNumberId;
        User = user;
        BusinessInitiated = businessInitiated;
        CreatedAt = createdAt;
        BizOpaqueCallbackData = bizOpaqueCallbackData;
    }

    public string Id { get; }

    public string PhoneNumberId { get; }

    /// <summary>The user's digits, or their business-scoped user id.</summary>
    public string User { get; }

    public bool BusinessInitiated { get; }

    public string Direction => BusinessInitiated ? "BUSINESS_INITIATED" : "USER_INITIATED";

    public DateTimeOffset CreatedAt { get; }

    /// <summary>Set by <c>connect</c> or <c>accept</c>; echoed in the call's webhooks.</summary>
    public string? BizOpaqueCallbackData { get; set; }

    public EmulatedCallState State { get; set; } = EmulatedCallState.Ringing;

    /// <summary>When the call connected (<c>start_time</c> of its terminate webhook).</summary>
    public DateTimeOffset? ConnectedAt { get; set; }
}

/// <summary>Where a call stands.</summary>
internal enum EmulatedCallState
{
    Ringing,
    PreAccepted,
    Connected,
    Ended,
}
