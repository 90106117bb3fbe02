using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A location pin: <c>{"type":"location","location":{"latitude":37.44,"longitude":-122.16,"name":"Philz","address":"101 Forest Ave"}}</c>.
/// </summary>
public sealed partial class LocationMessage : WhatsAppMessage
{
    /// <summary>Creates a location message.</summary>
    /// <param name="latitude">The latitude in decimal degrees, -90 to 90.</param>
    /// <param name="longitude">The longitude in decimal degrees, -180 to 180.</param>
    /// <exception cref="WhatsAppValidationException">A coordinate is out of range or not a number.</exception>
    public LocationMessage(double latitude, double longitude)
    {
        Validate.Range(latitude, -90, 90, "location.latitude");
        Validate.Range(longitude, -180, 180, "location.longitude");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <inheritdoc />
    public override string Type => "location";

    /// <summary>The latitude in decimal degrees (sent as a JSON number).</summary>
    public double Latitude { get; }

    /// <summary>The longitude in decimal degrees (sent as a JSON number).</summary>
    public double Longitude { get; }

    /// <summary><value>The place's name. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty.</exception>
    public string? Name
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "location.name");
    }

    /// <summary><value>The place's address. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The address is empty.</exception>
    public string? Address
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "location.address");
    }

    internal override JsonEncodedText EncodedType => JsonNames.Location;
}
