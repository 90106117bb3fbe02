using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>A message template of a WABA. <c>PENDING</c> turns <c>APPROVED</c> once its approval time has passed.</summary>
internal sealed partial class StoredTemplate
{
    public required string Id { get; init; }

    public required string BusinessAccountId { get; init; }

    public required string Name { get; init; }

    public required string Language { get; init; }

    public required string Category { get; set; }

    public required string ParameterFormat { get; init; }

    public required JsonArray Components { get; set; }

    public required DateTimeOffset ApproveAt { get; set; }

    public string StoredStatus { get; set; } = "PENDING";

    public string StatusAt(DateTimeOffset now) => StoredStatus == "PENDING" && now >= ApproveAt ? "APPROVED" : StoredStatus;

    public JsonObject ToJson(DateTimeOffset now) => new()
    {
        ["name"] = Name,
        ["parameter_format"] = ParameterFormat,
        ["components"] = Components.DeepClone(),
        ["language"] = Language,
        ["status"] = StatusAt(now),
        ["category"] = Category,
        ["id"] = Id,
    };

    /// <summary>The placeholders (<c>{{1}}</c> or <c>{{name}}</c>) of the component of <paramref name="type"/> (HEADER or BODY).</summary>
    public IReadOnlyList<string> Placeholders(string type)
    {
        foreach (var component in Components.OfType<JsonObject>())
        {
            if (string.Equals(component["type"]?.GetValue<string>(), type, StringComparison.OrdinalIgnoreCase)
                && component["text"]?.GetValue<string>() is { } text)
            {
                return PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
            }
        }

        return [];
    }

    /// <summary>The format of a media or location header (<c>image</c>, <c>video</c>, <c>document</c>, <c>location</c>), which takes one parameter of that type; null for a text header or none.</summary>
    public string? MediaHeaderFormat()
    {
        var header = Components.OfType<JsonObject>()
            .FirstOrDefault(c => string.Equals(c["type"]?.GetValue<string>(), "HEADER", StringComparison.OrdinalIgnoreCase));
        var format = header?["format"]?.GetValue<string>().ToLowerInvariant();
        return format is "image" or "video" or "document" or "location" ? format : null;
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
