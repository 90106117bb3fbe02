using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public abstract partial class WhatsAppMessage
{
    /// <summary>Writes the type-specific property (e.g. <c>"text":{...}</c>) into the request object.</summary>
    internal abstract void WriteContent(Utf8JsonWriter writer);
}
