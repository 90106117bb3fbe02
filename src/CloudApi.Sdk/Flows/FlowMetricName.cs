using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// An endpoint metric of a flow (<c>metric.name(...)</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowMetricName>))]
public readonly partial struct FlowMetricName
{
    /// <summary><c>ENDPOINT_REQUEST_COUNT</c>: How many requests WhatsApp sent to the flow's endpoint (key <c>value</c>).</summary>
    public static FlowMetricName EndpointRequestCount { get; } = new("ENDPOINT_REQUEST_COUNT");

    /// <summary><c>ENDPOINT_REQUEST_ERROR</c>: Failed endpoint requests, by error type (the keys name the error, e.g. <c>timeout_error</c>).</summary>
    public static FlowMetricName EndpointRequestError { get; } = new("ENDPOINT_REQUEST_ERROR");

    /// <summary><c>ENDPOINT_REQUEST_ERROR_RATE</c>: The share of endpoint requests that failed (key <c>value</c>, 0 to 1).</summary>
    public static FlowMetricName EndpointRequestErrorRate { get; } = new("ENDPOINT_REQUEST_ERROR_RATE");

    /// <summary><c>ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL</c>: Endpoint latencies: the keys are latencies in whole seconds (rounded up), the values request counts.</summary>
    public static FlowMetricName EndpointRequestLatencySecondsCeil { get; } = new("ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL");

    /// <summary><c>ENDPOINT_AVAILABILITY</c>: Endpoint availability (keys such as <c>succeeded</c> and <c>failed</c>).</summary>
    public static FlowMetricName EndpointAvailability { get; } = new("ENDPOINT_AVAILABILITY");
}
