using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>HTML writing helpers: encoding (every value from a request is encoded), links in text, JSON reads.</summary>
internal static partial class Html
{
    public static string Encode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Message text as WhatsApp shows it: encoded, line breaks kept, http(s) links clickable.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var last = 0;
        foreach (Match link in LinkPattern().Matches(value))
        {
            builder.Append(Encode(value[last..link.Index]));
            var url = link.Value.TrimEnd('.', ',', ')', '!', '?');
            builder.Append(CultureInfo.InvariantCulture, $"<a href=\"{Encode(url)}\" target=\"_blank\" rel=\"noopener noreferrer\">{Encode(url)}</a>");
            last = link.Index + url.Length;
        }

        builder.Append(Encode(value[last..]));
        return builder.ToString().Replace("\n", "<br>", StringComparison.Ordinal);
    }

    /// <summary>A link target the page may follow: http(s) only (a <c>javascript:</c> URL in a message must not run), else <c>#</c>.</summary>
    public static string SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url! : "#";

    public static string? Str(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value
            ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
            : null;

    public static JsonObject? Obj(JsonNode? node, string name) => node is JsonObject obj ? obj[name] as JsonObject : null;

    public static IEnumerable<JsonObject> Objects(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    public static string Time(DateTimeOffset at) =>
        $"<time datetime=\"{at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\">{at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)}</time>";

    /// <summary>A query string value, encoded for a URL and then for an attribute.</summary>
    public static string Query(string value) => Encode(Uri.EscapeDataString(value));

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
