using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The location of a location header:
/// <c>{"type":"location","location":{"latitude":"37.4","longitude":"-122.1","name":"...","address":"..."}}</c>
/// (Meta's template shape writes the coordinates as strings).
/// </summary>
public sealed record TemplateLocationParameter : TemplateParameter
{
    /// <summary>Creates a location parameter.</summary>
    /// <param name="latitude">The latitude, -90 to 90.</param>
    /// <param name="longitude">The longitude, -180 to 180.</param>
    /// <param name="name">The place's name; <see langword="null"/> for none.</param>
    /// <param name="address">The place's address; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">A coordinate is out of range, or a text is empty.</exception>
    public TemplateLocationParameter(double latitude, double longitude, string? name = null, string? address = null)
    {
        Validate.Range(latitude, -90, 90, "template.components.parameters.location.latitude");
        Validate.Range(longitude, -180, 180, "template.components.parameters.location.longitude");
        Validate.OptionalNotEmpty(name, "template.components.parameters.location.name");
        Validate.OptionalNotEmpty(address, "template.components.parameters.location.address");
        Latitude = latitude;
        Longitude = longitude;
        Name = name;
        Address = address;
    }

    /// <inheritdoc />
    public override string Type => "location";

    /// <summary>The latitude.</summary>
    public double Latitude { get; }

    /// <summary>The longitude.</summary>
    public double Longitude { get; }

    /// <summary>The place's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The place's address, or <see langword="null"/>.</summary>
    public string? Address { get; }

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Location);
        writer.WriteStartObject(JsonNames.Location);
        writer.WriteNumberAsString(JsonNames.Latitude, Latitude);
        writer.WriteNumberAsString(JsonNames.Longitude, Longitude);
        writer.WriteOptionalString(JsonNames.Name, Name);
        writer.WriteOptionalString(JsonNames.Address, Address);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
