using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactAddress
{
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteOptionalString(JsonNames.Street, Street);
        writer.WriteOptionalString(JsonNames.City, City);
        writer.WriteOptionalString(JsonNames.State, State);
        writer.WriteOptionalString(JsonNames.Zip, Zip);
        writer.WriteOptionalString(JsonNames.Country, Country);
        writer.WriteOptionalString(JsonNames.CountryCode, CountryCode);
        writer.WriteOptionalString(JsonNames.Type, Type?.Value);
    }
}
