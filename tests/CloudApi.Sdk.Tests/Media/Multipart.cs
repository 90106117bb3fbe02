using System.Text;

namespace CloudApi.Sdk.Tests.Media;

/// <summary>Splits a multipart/form-data body into its parts (headers and raw bytes), to assert what an upload sent.</summary>
internal static class Multipart
{
    public sealed record Part(Dictionary<string, string> Headers, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);
    }

    public static List<Part> Parse(string contentType, byte[] body)
    {
        var boundary = contentType.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("boundary=", StringComparison.Ordinal))["boundary=".Length..].Trim('"');
        var text = Encoding.Latin1.GetString(body);
        var parts = new List<Part>();
        foreach (var chunk in text.Split("--" + boundary).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var headerEnd = chunk.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = chunk[2..headerEnd].Split("\r\n").Select(h => h.Split(':', 2))
                .ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var content = chunk[(headerEnd + 4)..^2];
            parts.Add(new Part(headers, Encoding.Latin1.GetBytes(content)));
        }

        return parts;
    }
}
