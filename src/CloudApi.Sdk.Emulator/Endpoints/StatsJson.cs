using System.Globalization;
using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>The JSON shape of <c>GET /_emulator/stats</c>.</summary>
internal static class StatsJson
{
    public static JsonObject Write(EmulatorStats stats)
    {
        var numbers = new JsonObject();
        foreach (var (id, counters) in stats.PhoneNumbers)
        {
            numbers[id] = Counters(counters);
        }

        var pairs = new JsonArray();
        foreach (var pair in stats.Pairs)
        {
            var item = Counters(pair.Counters);
            item["phone_number_id"] = pair.PhoneNumberId;
            item["recipient"] = pair.Recipient;
            pairs.Add(item);
        }

        var result = Counters(stats.Total);
        result["webhooks_delivered"] = stats.WebhooksDelivered;
        result["webhooks_failed"] = stats.WebhooksFailed;
        result["phone_numbers"] = numbers;
        result["pairs"] = pairs;
        return result;
    }

    private static JsonObject Counters(EmulatorCounters counters)
    {
        var errors = new JsonObject();
        foreach (var (code, count) in counters.Errors.OrderBy(e => e.Key))
        {
            errors[code.ToString(CultureInfo.InvariantCulture)] = count;
        }

        return new JsonObject
        {
            ["accepted"] = counters.Accepted,
            ["duplicates"] = counters.Duplicates,
            ["errors"] = errors,
        };
    }
}
