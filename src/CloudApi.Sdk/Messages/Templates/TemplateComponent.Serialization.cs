using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public abstract partial class TemplateComponent
{
    internal abstract void Write(Utf8JsonWriter writer);

    /// <summary>Writes <c>"parameters":[...]</c>.</summary>
    private protected static void WriteParameters(Utf8JsonWriter writer, TemplateParameter[] parameters)
    {
        writer.WriteStartArray(JsonNames.Parameters);
        foreach (var parameter in parameters)
        {
            parameter.Write(writer);
        }

        writer.WriteEndArray();
    }
}
