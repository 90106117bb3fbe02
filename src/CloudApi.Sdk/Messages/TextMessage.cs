using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A text message: <c>{"type":"text","text":{"body":"...","preview_url":true}}</c>.</summary>
public sealed partial class TextMessage : WhatsAppMessage
{
    /// <summary>The longest body Meta accepts, in UTF-16 characters.</summary>
    public const int MaxBodyLength = 4096;

    /// <summary>Creates a text message.</summary>
    /// <param name="body">The text, 1 to <see cref="MaxBodyLength"/> characters; URLs in it may be previewed.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="body"/> is empty or too long.</exception>
    public TextMessage(string body)
    {
        Validate.Text(body, MaxBodyLength, "text.body");
        Body = body;
    }

    /// <inheritdoc />
    public override string Type => "text";

    internal override JsonEncodedText EncodedType => JsonNames.Text;

    /// <summary>The text.</summary>
    public string Body { get; }

    /// <summary>
    /// <value>Whether WhatsApp renders a preview of the first URL in <see cref="Body"/> (<c>preview_url</c>).
    /// Default <see langword="null"/>: not sent, which Meta treats as <see langword="false"/>.</value>
    /// </summary>
    public bool? PreviewUrl { get; init; }
}
