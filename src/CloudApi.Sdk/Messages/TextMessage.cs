using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A text message: <c>{"type":"text","text":{"body":"...","preview_url":true}}</c>.</summary>
public sealed class TextMessage : WhatsAppMessage
{
    /// <summary>The longest body Meta accepts, in UTF-16 characters.</summary>
    public const int MaxBodyLength = 4096;

    /// <summary>Creates a text message.</summary>
    /// <param name="body">The text, 1 to <see cref="MaxBodyLength"/> characters; URLs in it may be previewed.</param>
    /// <param name="previewUrl">Whether WhatsApp renders a preview of the first URL in <paramref name="body"/>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="body"/> is empty or too long.</exception>
    public TextMessage(string body, bool previewUrl = false)
    {
        Validate.Text(body, MaxBodyLength, "text.body");
        Body = body;
        PreviewUrl = previewUrl;
    }

    /// <inheritdoc />
    public override string Type => "text";

    internal override JsonEncodedText EncodedType => JsonNames.Text;

    /// <summary>The text.</summary>
    public string Body { get; }

    /// <summary>Whether a URL preview is requested.</summary>
    public bool PreviewUrl { get; }

    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Text);
        writer.WriteString(JsonNames.Body, Body);
        if (PreviewUrl)
        {
            writer.WriteBoolean(JsonNames.PreviewUrl, true);
        }

        writer.WriteEndObject();
    }
}
