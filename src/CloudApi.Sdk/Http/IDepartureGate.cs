namespace CloudApi.Sdk.Http;

/// <summary>
/// What cleared a message send to leave (the rate limiter), asked again by the send's body when it reaches its
/// connection later than the tolerance: a new departure. Lives in <c>Http</c> so that the send needs nothing of the
/// limiter's own folder.
/// </summary>
internal interface IDepartureGate
{
    /// <summary>The clock the departures are measured on.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>How long a send cleared to leave may take to reach its connection before it must depart again.</summary>
    TimeSpan LateWriteTolerance { get; }

    /// <summary>
    /// Makes <paramref name="send"/>, <paramref name="late"/> after it was cleared, depart again: completes once the new
    /// departure comes, with the send cleared to leave at it (<see cref="MessageSend.ClearedToLeave"/>).
    /// </summary>
    ValueTask DepartLateWriteAsync(MessageSend send, TimeSpan late, CancellationToken cancellationToken);
}
