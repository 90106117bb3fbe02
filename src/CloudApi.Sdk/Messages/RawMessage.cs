using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message of any type, given as its type name and the JSON of its content: written as
/// <c>"type":"&lt;type&gt;","&lt;type&gt;":&lt;content&gt;</c> next to the usual <c>messaging_product</c>, <c>to</c>,
/// <c>context</c> and <c>biz_opaque_callback_data</c>. Use it for a message type or field Meta adds before the SDK
/// models it: it goes through the same client, rate limiter, validation of the envelope and outcome rules.
/// </summary>
/// <example><code>new RawMessage("text", """{"body":"Hi","preview_url":false}""")</code></example>
public sealed partial class RawMessage : WhatsAppMessage
{
    private readonly JsonEncodedText _encodedType;

    /// <summary>Creates a raw message from parsed JSON.</summary>
    /// <param name="type">The message type as Meta names it: lower-case letters and underscores, e.g. <c>interactive</c>.</param>
    /// <param name="content">The content object (copied), written as the value of the property named <paramref name="type"/>.</param>
    /// <exception cref="WhatsAppValidationException">The type is malformed, or the content is not a JSON object.</exception>
    public RawMessage(string type, JsonElement content)
    {
        Validate.NotEmpty(type, "type");
        Validate.LowerSnakeCase(type, allowDigits: false, "type");
        if (content.ValueKind != JsonValueKind.Object)
        {
            throw new WhatsAppValidationException(type, $"The content of a raw {type} message must be a JSON object, not {content.ValueKind}.");
        }

        Type = type;
        Content = content.Clone();
        _encodedType = JsonEncodedText.Encode(type);
    }

    /// <summary>Creates a raw message from JSON text.</summary>
    /// <param name="type">The message type as Meta names it: lower-case letters and underscores.</param>
    /// <param name="json">The content object as JSON text.</param>
    /// <exception cref="WhatsAppValidationException">The type is malformed, or the text is not a JSON object.</exception>
    public RawMessage(string type, string json)
        : this(type, Parse(type, json is null ? null : Encoding.UTF8.GetBytes(json)))
    {
    }

    /// <summary>Creates a raw message from UTF-8 JSON.</summary>
    /// <param name="type">The message type as Meta names it: lower-case letters and underscores.</param>
    /// <param name="utf8Json">The content object as UTF-8 JSON.</param>
    /// <exception cref="WhatsAppValidationException">The type is malformed, or the bytes are not a JSON object.</exception>
    public RawMessage(string type, ReadOnlyMemory<byte> utf8Json)
        : this(type, Parse(type, utf8Json))
    {
    }

    /// <inheritdoc />
    public override string Type { get; }

    /// <summary>The content object, written as the value of the property named <see cref="Type"/>.</summary>
    public JsonElement Content { get; }

    internal override JsonEncodedText EncodedType => _encodedType;

    internal override bool SupportsReplyContext => Type != "reaction";

    private static JsonElement Parse(string type, ReadOnlyMemory<byte>? utf8Json)
    {
        if (utf8Json is not { } bytes)
        {
            throw new WhatsAppValidationException(type ?? "type", $"The content of a raw {type} message is required.");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new WhatsAppValidationException(type ?? "type", $"The content of a raw {type} message is not valid JSON: {e.Message}");
        }
    }
}
