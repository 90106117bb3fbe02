using System.Text;

namespace CloudApi.Sdk.Http;

/// <summary>Builds a relative Graph path with an escaped query string: <c>{path}?a=1&amp;b=x%2Cy</c>.</summary>
internal sealed class GraphQuery
{
    private readonly StringBuilder _text;
    private bool _hasQuery;

    public GraphQuery(string path)
    {
        _text = new StringBuilder(path);
    }

    /// <summary>Adds <paramref name="name"/>=<paramref name="value"/>; a <see langword="null"/> value is skipped.</summary>
    public GraphQuery Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append(_hasQuery ? '&' : '?').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    /// <summary>Adds a comma-separated list; <see langword="null"/> or empty is skipped.</summary>
    public GraphQuery Add(string name, IEnumerable<string>? values) =>
        values is null ? this : Add(name, string.Join(',', values) is { Length: > 0 } joined ? joined : null);

    /// <summary>Adds a number; <see langword="null"/> is skipped.</summary>
    public GraphQuery Add(string name, long? value) =>
        value is null ? this : Add(name, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
