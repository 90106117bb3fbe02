using System.Text.Json;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Where each value of a JSON document is, by path (<c>screens[0].layout.children[2]</c>; the root is <c>""</c>), as
/// 1-based line and column spans: what Meta's <c>validation_errors</c> report.
/// </summary>
internal sealed class FlowJsonLocations
{
    private readonly Dictionary<string, (int Start, int End)> _spans = new(StringComparer.Ordinal);
    private readonly List<int> _lineStarts = [0];

    private FlowJsonLocations(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Reads the positions of every value; throws <see cref="JsonException"/> (with its line and byte) for a syntax error.</summary>
    public static FlowJsonLocations Read(ReadOnlySpan<byte> utf8)
    {
        var locations = new FlowJsonLocations(utf8);
        var reader = new Utf8JsonReader(utf8);
        var containers = new Stack<(string Path, bool IsArray, int Index, int Start)>();
        string? property = null;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    var closed = containers.Pop();
                    locations._spans[closed.Path] = (closed.Start, start + 1);
                    continue;
            }

            var path = NextPath(containers, property);
            property = null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0, start));
            }
            else
            {
                var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                locations._spans[path] = (start, start + length + (reader.TokenType == JsonTokenType.String ? 2 : 0));
            }
        }

        return locations;
    }

    /// <summary>The span of <paramref name="path"/>, or of its closest ancestor that has one.</summary>
    public (int LineStart, int ColumnStart, int LineEnd, int ColumnEnd) Of(string path)
    {
        while (!_spans.ContainsKey(path) && path.Length > 0)
        {
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut < 0 ? string.Empty : path[..cut];
        }

        var (start, end) = _spans.GetValueOrDefault(path);
        var (lineStart, columnStart) = Position(start);
        var (lineEnd, columnEnd) = Position(Math.Max(start, end - 1));
        return (lineStart, columnStart, lineEnd, columnEnd);
    }

    private static string NextPath(Stack<(string Path, bool IsArray, int Index, int Start)> containers, string? property)
    {
        if (containers.Count == 0)
        {
            return string.Empty;
        }

        var parent = containers.Pop();
        string path;
        if (parent.IsArray)
        {
            path = $"{parent.Path}[{parent.Index}]";
            parent.Index++;
        }
        else
        {
            path = parent.Path.Length == 0 ? property! : $"{parent.Path}.{property}";
        }

        containers.Push(parent);
        return path;
    }

    private (int Line, int Column) Position(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
