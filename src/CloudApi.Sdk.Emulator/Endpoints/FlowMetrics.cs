using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>GET /{flow-id}?fields=metric.name(N).granularity(G).since(D).until(D)</c>: the emulator calls no endpoint on its
/// own, so every data point is zero; the shape, the names, the granularities and the day range are Meta's.
/// </summary>
internal static partial class FlowMetrics
{
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["ENDPOINT_REQUEST_COUNT"] = ["value"],
        ["ENDPOINT_REQUEST_ERROR"] = [],
        ["ENDPOINT_REQUEST_ERROR_RATE"] = ["value"],
        ["ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL"] = [],
        ["ENDPOINT_AVAILABILITY"] = ["succeeded", "failed"],
    };

    public static JsonObject Answer(StoredFlow flow, string fields, DateTimeOffset now)
    {
        var match = Expression().Match(fields);
        if (!match.Success)
        {
            throw GraphError.InvalidParameter("Param fields: a metric is metric.name(NAME).granularity(DAY|HOUR|LIFETIME)[.since(yyyy-mm-dd)][.until(yyyy-mm-dd)].");
        }

        var name = match.Groups["name"].Value;
        var granularity = match.Groups["granularity"].Value;
        if (!Keys.TryGetValue(name, out var keys))
        {
            throw GraphError.InvalidParameter($"Param metric.name must be one of {string.Join(", ", Keys.Keys)}.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var until = Day(match.Groups["until"], today);
        var since = Day(match.Groups["since"], until.AddDays(-6));
        if (until < since)
        {
            throw GraphError.InvalidParameter("Param metric.until must not be before metric.since.");
        }

        var points = new JsonArray();
        var days = granularity == "LIFETIME" ? 1 : until.DayNumber - since.DayNumber + 1;
        var steps = granularity == "HOUR" ? 24 : 1;
        for (var day = 0; day < days; day++)
        {
            for (var hour = 0; hour < steps; hour++)
            {
                var at = new DateTimeOffset(since.AddDays(day).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
                points.Add(new JsonObject
                {
                    ["timestamp"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture),
                    ["data"] = new JsonArray([.. keys.Select(k => (JsonNode)new JsonObject { ["key"] = k, ["value"] = 0 })]),
                });
            }
        }

        return new JsonObject
        {
            ["metric"] = new JsonObject { ["name"] = name, ["granularity"] = granularity, ["data_points"] = points },
            ["id"] = flow.Id,
        };
    }

    private static DateOnly Day(Group group, DateOnly fallback) =>
        !group.Success
            ? fallback
            : DateOnly.TryParseExact(group.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw GraphError.InvalidParameter($"Param metric: '{group.Value}' is not a yyyy-mm-dd date.");

    [GeneratedRegex(@"^metric\.name\((?<name>[A-Z_]+)\)\.granularity\((?<granularity>DAY|HOUR|LIFETIME)\)(\.since\((?<since>[0-9-]+)\))?(\.until\((?<until>[0-9-]+)\))?$")]
    private static partial Regex Expression();
}
