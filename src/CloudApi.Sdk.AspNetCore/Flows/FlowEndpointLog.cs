using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Flows;

internal static partial class FlowEndpointLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Flows request {Outcome}")]
    public static partial void Answered(ILogger logger, string outcome);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Flows request refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);
}
