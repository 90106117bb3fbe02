using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Calling.Wire;

/// <summary>The body of <c>POST /{phone-number-id}/calls</c>: one action on a call.</summary>
internal sealed class CallActionRequestWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public string? To { get; set; }

    public string? Recipient { get; set; }

    public string? CallId { get; set; }

    public string Action { get; set; } = string.Empty;

    public CallActionSessionWire? Session { get; set; }

    public string? BizOpaqueCallbackData { get; set; }
}

/// <summary><c>session</c> of a call action: the SDP and its type.</summary>
internal sealed class CallActionSessionWire
{
    public string SdpType { get; set; } = string.Empty;

    public string Sdp { get; set; } = string.Empty;
}

/// <summary>The answer to <c>connect</c>: <c>{"messaging_product":"whatsapp","calls":[{"id":"wacid..."}]}</c>.</summary>
internal sealed class CallConnectAnswerWire
{
    public List<CallConnectedWire?>? Calls { get; set; }
}

/// <summary>An item of <c>calls</c> in the answer to <c>connect</c>.</summary>
internal sealed class CallConnectedWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }
}

/// <summary>The answer of <c>GET /{phone-number-id}/call_permissions</c>.</summary>
internal sealed class CallPermissionsAnswerWire
{
    public CallPermissionStateWire? Permission { get; set; }

    public List<CallPermissionActionWire?>? Actions { get; set; }
}

/// <summary><c>permission</c>.</summary>
internal sealed class CallPermissionStateWire
{
    public CallPermissionStatus? Status { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? ExpirationTime { get; set; }
}

/// <summary>An item of <c>actions</c>.</summary>
internal sealed class CallPermissionActionWire
{
    public CallPermissionActionName? ActionName { get; set; }

    public bool? CanPerformAction { get; set; }

    public List<CallPermissionLimitWire?>? Limits { get; set; }
}

/// <summary>An item of <c>actions[].limits</c>.</summary>
internal sealed class CallPermissionLimitWire
{
    public string? TimePeriod { get; set; }

    public long? CurrentUsage { get; set; }

    public long? MaxAllowed { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? LimitExpirationTime { get; set; }
}
