using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An interactive message: <c>{"type":"interactive","interactive":{"type":"button|list|cta_url|flow|...","header":{...},
/// "body":{"text":"..."},"footer":{"text":"..."},"action":{...}}}</c>.
/// </summary>
public abstract class InteractiveMessage : WhatsAppMessage
{
    /// <summary>The longest <c>body.text</c> of most interactive messages (lists allow <see cref="InteractiveListMessage.MaxBodyLength"/>).</summary>
    public const int MaxBodyLength = 1024;

    /// <summary>The longest <c>footer.text</c>.</summary>
    public const int MaxFooterLength = 60;

    private protected InteractiveMessage(InteractiveHeader? header, string? body, string? footer)
    {
        Validate.OptionalText(footer, MaxFooterLength, "interactive.footer.text");
        Header = header;
        Body = body;
        Footer = footer;
    }

    /// <inheritdoc />
    public sealed override string Type => "interactive";

    /// <summary>The value of <c>interactive.type</c>, e.g. <c>button</c> or <c>list</c>.</summary>
    public abstract string InteractiveType { get; }

    /// <summary>The header, or <see langword="null"/>.</summary>
    public InteractiveHeader? Header { get; }

    /// <summary>The body text, or <see langword="null"/> where the body is optional.</summary>
    public string? Body { get; }

    /// <summary>The footer text, or <see langword="null"/>.</summary>
    public string? Footer { get; }

    internal sealed override JsonEncodedText EncodedType => JsonNames.Interactive;

    private protected abstract JsonEncodedText EncodedInteractiveType { get; }

    internal sealed override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Interactive);
        writer.WriteString(JsonNames.Type, EncodedInteractiveType);
        Header?.Write(writer);
        writer.WriteOptionalTextObject(JsonNames.Body, Body);
        writer.WriteOptionalTextObject(JsonNames.Footer, Footer);
        writer.WriteStartObject(JsonNames.Action);
        WriteAction(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes the properties of the open <c>action</c> object.</summary>
    private protected abstract void WriteAction(Utf8JsonWriter writer);

    /// <summary>Writes <c>"name":"..."</c> and opens <c>"parameters":{</c> (the caller closes it).</summary>
    private protected static void StartNamedAction(Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteString(JsonNames.Name, name);
        writer.WriteStartObject(JsonNames.Parameters);
    }
}
