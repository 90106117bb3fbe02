namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A flow's status changed, or its endpoint's health crossed a threshold (<c>flows</c>). Which properties are set
/// depends on <see cref="Event"/>.
/// </summary>
public sealed class FlowUpdate : WebhookEvent
{
    internal FlowUpdate()
    {
    }

    /// <summary>
    /// What happened (<c>event</c>): <c>FLOW_STATUS_CHANGE</c>, <c>CLIENT_ERROR_RATE</c>, <c>ENDPOINT_ERROR_RATE</c>,
    /// <c>ENDPOINT_LATENCY</c>, <c>ENDPOINT_AVAILABILITY</c>, <c>FLOW_VERSION_EXPIRY_WARNING</c>, ...
    /// </summary>
    public string? Event { get; internal init; }

    /// <summary>Meta's description (<c>message</c>).</summary>
    public string? Message { get; internal init; }

    /// <summary>The flow id (<c>flow_id</c>).</summary>
    public string? FlowId { get; internal init; }

    /// <summary>The status before, for a status change (<c>old_status</c>).</summary>
    public string? OldStatus { get; internal init; }

    /// <summary>The status after (<c>new_status</c>).</summary>
    public string? NewStatus { get; internal init; }

    /// <summary><c>ACTIVATED</c> or <c>DEACTIVATED</c>, for an alert (<c>alert_state</c>).</summary>
    public string? AlertState { get; internal init; }

    /// <summary>The alert's threshold (<c>threshold</c>).</summary>
    public double? Threshold { get; internal init; }

    /// <summary>The error rate (<c>error_rate</c>).</summary>
    public double? ErrorRate { get; internal init; }

    /// <summary>The errors behind a client error-rate alert (<c>errors</c>).</summary>
    public IReadOnlyList<FlowErrorRate> Errors { get; internal init; } = [];

    /// <summary>The median endpoint latency in milliseconds (<c>p50_latency</c>).</summary>
    public double? P50Latency { get; internal init; }

    /// <summary>The 90th-percentile endpoint latency in milliseconds (<c>p90_latency</c>).</summary>
    public double? P90Latency { get; internal init; }

    /// <summary>How many requests were measured (<c>requests_count</c>).</summary>
    public long? RequestsCount { get; internal init; }

    /// <summary>The endpoint's availability (<c>availability</c>).</summary>
    public double? Availability { get; internal init; }
}

/// <summary>One kind of error of a flow's error-rate alert (<c>errors[]</c>).</summary>
public sealed class FlowErrorRate
{
    internal FlowErrorRate(string? errorType, double? errorRate, long? errorCount)
    {
        ErrorType = errorType;
        ErrorRate = errorRate;
        ErrorCount = errorCount;
    }

    /// <summary>The error (<c>error_type</c>).</summary>
    public string? ErrorType { get; }

    /// <summary>Its rate (<c>error_rate</c>).</summary>
    public double? ErrorRate { get; }

    /// <summary>How often it occurred (<c>error_count</c>).</summary>
    public long? ErrorCount { get; }
}
