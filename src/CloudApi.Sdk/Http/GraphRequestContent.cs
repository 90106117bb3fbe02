using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk;

/// <summary>
/// The body of a <see cref="IGraphRequests.PostAsync"/> call: JSON (<c>application/json</c>) or form fields
/// (<c>application/x-www-form-urlencoded</c>). Made once, it holds its own copy of the bytes and can be sent any number of times.
/// </summary>
public sealed class GraphRequestContent
{
    private const string JsonMediaType = "application/json";
    private const string FormMediaType = "application/x-www-form-urlencoded";

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string _mediaType;

    private GraphRequestContent(ReadOnlyMemory<byte> bytes, string mediaType)
    {
        _bytes = bytes;
        _mediaType = mediaType;
    }

    /// <summary>A JSON body, written as <paramref name="json"/> is.</summary>
    /// <param name="json">The JSON value to send (an object, usually).</param>
    /// <returns>The content.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="json"/> holds no value (<c>default(JsonElement)</c>).</exception>
    public static GraphRequestContent Json(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Undefined)
        {
            throw new WhatsAppValidationException("json", "json holds no JSON value (it is default(JsonElement)).");
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            json.WriteTo(writer);
        }

        return new GraphRequestContent(buffer.WrittenMemory, JsonMediaType);
    }

    /// <summary>A JSON body given as UTF-8 bytes, sent byte for byte once checked to be one well-formed JSON value.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text (copied: later changes to the buffer do not change the content).</param>
    /// <returns>The content.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="utf8Json"/> is empty or not one well-formed JSON value.</exception>
    public static GraphRequestContent Json(ReadOnlyMemory<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json.Span);
        try
        {
            if (!reader.Read())
            {
                throw new WhatsAppValidationException("utf8Json", "utf8Json is empty: it must hold one JSON value.");
            }

            reader.Skip();
            if (reader.Read())
            {
                throw new WhatsAppValidationException("utf8Json", "utf8Json holds more than one JSON value.");
            }
        }
        catch (JsonException e)
        {
            throw new WhatsAppValidationException("utf8Json", $"utf8Json is not well-formed JSON: {e.Message}");
        }

        return new GraphRequestContent(utf8Json.ToArray(), JsonMediaType);
    }

    /// <summary>A form body (<c>name=value&amp;…</c>), fields in the given order, names and values escaped.</summary>
    /// <param name="fields">The fields; a name may repeat.</param>
    /// <returns>The content.</returns>
    /// <exception cref="WhatsAppValidationException">A name is empty or a value is <see langword="null"/>.</exception>
    public static GraphRequestContent Form(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new WhatsAppValidationException("fields", "A form field has an empty name.");
            }

            if (value is null)
            {
                throw new WhatsAppValidationException("fields", $"Form field '{name}' has a null value; send an empty string for an empty one.");
            }

            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(FormEscape(name)).Append('=').Append(FormEscape(value));
        }

        return new GraphRequestContent(Encoding.UTF8.GetBytes(text.ToString()), FormMediaType);
    }

    /// <summary>A new request content over the bytes (an <see cref="HttpContent"/> belongs to one request).</summary>
    internal HttpContent CreateHttpContent()
    {
        var content = new ReadOnlyMemoryContent(_bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(_mediaType);
        return content;
    }

    // Form encoding writes a space as '+'; everything else outside the unreserved set is percent-encoded.
    private static string FormEscape(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
