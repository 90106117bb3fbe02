using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A location pin: <c>{"type":"location","location":{"latitude":37.44,"longitude":-122.16,"name":"Philz","address":"101 Forest Ave"}}</c>.
/// </summary>
public sealed class LocationMessage : WhatsAppMessage
{
    /// <summary>Creates a location message.</summary>
    /// <param name="latitude">The latitude in decimal degrees, -90 to 90.</param>
    /// <param name="longitude">The longitude in decimal degrees, -180 to 180.</param>
    /// <param name="name">The place's name; <see langword="null"/> for none.</param>
    /// <param name="address">The place's address; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">A coordinate is out of range or not a number, or a text is empty.</exception>
    public LocationMessage(double latitude, double longitude, string? name = null, string? address = null)
    {
        Validate.Range(latitude, -90, 90, "location.latitude");
        Validate.Range(longitude, -180, 180, "location.longitude");
        Validate.OptionalNotEmpty(name, "location.name");
        Validate.OptionalNotEmpty(address, "location.address");
        Latitude = latitude;
        Longitude = longitude;
        Name = name;
        Address = address;
    }

    /// <inheritdoc />
    public override string Type => "location";

    /// <summary>The latitude in decimal degrees.</summary>
    public double Latitude { get; }

    /// <summary>The longitude in decimal degrees.</summary>
    public double Longitude { get; }

    /// <summary>The place's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The place's address, or <see langword="null"/>.</summary>
    public string? Address { get; }

    internal override JsonEncodedText EncodedType => JsonNames.Location;

    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Location);
        writer.WriteNumber(JsonNames.Latitude, Latitude);
        writer.WriteNumber(JsonNames.Longitude, Longitude);
        writer.WriteOptionalString(JsonNames.Name, Name);
        writer.WriteOptionalString(JsonNames.Address, Address);
        writer.WriteEndObject();
    }
}
