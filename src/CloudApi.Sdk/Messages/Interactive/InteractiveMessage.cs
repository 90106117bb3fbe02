using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An interactive message: <c>{"type":"interactive","interactive":{"type":"button|list|cta_url|flow|...","header":{...},
/// "body":{"text":"..."},"footer":{"text":"..."},"action":{...}}}</c>. Each kind exposes the header, body and footer it
/// allows.
/// </summary>
public abstract partial class InteractiveMessage : WhatsAppMessage
{
    /// <summary>The longest <c>body.text</c> of most interactive messages (lists allow <see cref="InteractiveListMessage.MaxBodyLength"/>).</summary>
    public const int MaxBodyLength = 1024;

    /// <summary>The longest <c>footer.text</c>.</summary>
    public const int MaxFooterLength = 60;

    private protected InteractiveMessage()
    {
    }

    /// <inheritdoc />
    public sealed override string Type => "interactive";

    /// <summary>The value of <c>interactive.type</c>, e.g. <c>button</c> or <c>list</c>.</summary>
    public abstract string InteractiveType { get; }

    internal sealed override JsonEncodedText EncodedType => JsonNames.Interactive;

    /// <summary>The header written, if the kind has one (set by the kind's own <c>Header</c> property).</summary>
    private protected InteractiveHeader? HeaderPart { get; init; }

    /// <summary>The body text written, or <see langword="null"/> (set by the kind's constructor or <c>Body</c> property).</summary>
    private protected string? BodyPart { get; init; }

    /// <summary>The footer text written, or <see langword="null"/>; checked against <see cref="MaxFooterLength"/>.</summary>
    private protected string? FooterPart
    {
        get;
        init => field = Validate.OptionalText(value, MaxFooterLength, "interactive.footer.text");
    }

    /// <summary>Checks a required body text and returns it.</summary>
    private protected static string ValidBody(string body, int maxLength = MaxBodyLength)
    {
        Validate.Text(body, maxLength, "interactive.body.text");
        return body;
    }
}
