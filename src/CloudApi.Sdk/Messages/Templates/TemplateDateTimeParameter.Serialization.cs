using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateDateTimeParameter
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.DateTime);
        writer.WriteStartObject(JsonNames.DateTime);
        writer.WriteString(JsonNames.FallbackValue, FallbackValue);
        writer.WriteOptionalNumber(JsonNames.DayOfWeek, DayOfWeek);
        writer.WriteOptionalNumber(JsonNames.Year, Year);
        writer.WriteOptionalNumber(JsonNames.Month, Month);
        writer.WriteOptionalNumber(JsonNames.DayOfMonth, DayOfMonth);
        writer.WriteOptionalNumber(JsonNames.Hour, Hour);
        writer.WriteOptionalNumber(JsonNames.Minute, Minute);
        writer.WriteOptionalString(JsonNames.Calendar, Calendar);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
