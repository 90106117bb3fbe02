using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public abstract partial class InteractiveMessage
{
    private protected abstract JsonEncodedText EncodedInteractiveType { get; }

    internal sealed override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Interactive);
        writer.WriteString(JsonNames.Type, EncodedInteractiveType);
        HeaderPart?.Write(writer);
        writer.WriteOptionalTextObject(JsonNames.Body, BodyPart);
        writer.WriteOptionalTextObject(JsonNames.Footer, FooterPart);
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
