using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>GET|POST|DELETE /_emulator/faults</c>. POST body:
/// <c>{"kind":"server_error","phone_number_id":"...","probability":0.5,"count":3,"delay_ms":2000,"error_code":131026}</c>
/// (all but <c>kind</c> optional); DELETE removes every fault.
/// </summary>
internal static class FaultEndpoints
{
    private static readonly Dictionary<string, EmulatorFaultKind> Kinds = new(StringComparer.Ordinal)
    {
        ["server_error"] = EmulatorFaultKind.ServerError,
        ["slow_response"] = EmulatorFaultKind.SlowResponse,
        ["connection_reset"] = EmulatorFaultKind.ConnectionReset,
        ["accept_then_drop"] = EmulatorFaultKind.AcceptThenDrop,
        ["pair_rate_limit"] = EmulatorFaultKind.PairRateLimit,
        ["throughput_limit"] = EmulatorFaultKind.ThroughputLimit,
        ["failed_delivery"] = EmulatorFaultKind.FailedDelivery,
        ["accept_then_server_error"] = EmulatorFaultKind.AcceptThenServerError,
    };

    public static Task ListAsync(HttpContext context)
    {
        var data = new JsonArray();
        foreach (var fault in context.State().Faults.Active)
        {
            data.Add(new JsonObject
            {
                ["kind"] = Kinds.First(k => k.Value == fault.Kind).Key,
                ["phone_number_id"] = fault.PhoneNumberId,
                ["probability"] = fault.Probability,
                ["count"] = fault.Count,
                ["delay_ms"] = (long)fault.Delay.TotalMilliseconds,
                ["error_code"] = fault.ErrorCode,
            });
        }

        return context.WriteJsonAsync(new JsonObject { ["data"] = data });
    }

    public static async Task AddAsync(HttpContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        Add(context.State(), body);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    /// <summary>Adds the fault a request body describes (also the inbox's fault form).</summary>
    public static void Add(State.EmulatorState state, JsonObject body)
    {
        var kindName = JsonRules.RequireString(body, "kind", string.Empty);
        if (!Kinds.TryGetValue(kindName, out var kind))
        {
            JsonRules.OneOf(kindName, "kind", [.. Kinds.Keys]);
        }

        var fault = new EmulatorFault
        {
            Kind = kind,
            PhoneNumberId = JsonRules.OptionalString(body, "phone_number_id", string.Empty),
            Probability = Number(body, "probability") ?? 1,
            Count = Number(body, "count") is { } count ? (int)count : null,
            Delay = Number(body, "delay_ms") is { } ms ? TimeSpan.FromMilliseconds(ms) : TimeSpan.FromSeconds(5),
            ErrorCode = Number(body, "error_code") is { } code ? (int)code : 131026,
        };
        try
        {
            state.Faults.Add(fault);
        }
        catch (ArgumentException e)
        {
            throw GraphError.InvalidParameter(e.Message);
        }
    }

    public static Task ClearAsync(HttpContext context)
    {
        context.State().Faults.Clear();
        return context.WriteSuccessAsync();
    }

    private static double? Number(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<double>(out var number) => number,
        _ => throw GraphError.InvalidParameter($"Param {name} must be a number."),
    };
}
