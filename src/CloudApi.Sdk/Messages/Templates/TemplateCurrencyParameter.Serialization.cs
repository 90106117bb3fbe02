using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateCurrencyParameter
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Currency);
        writer.WriteStartObject(JsonNames.Currency);
        writer.WriteString(JsonNames.FallbackValue, FallbackValue);
        writer.WriteString(JsonNames.Code, Code);
        writer.WriteNumber(JsonNames.Amount1000, Amount1000);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
