namespace CloudApi.Sdk.Messages;

/// <summary>
/// The location of a location header:
/// <c>{"type":"location","location":{"latitude":"37.4","longitude":"-122.1","name":"...","address":"..."}}</c>
/// (Meta's template shape writes the coordinates as strings).
/// </summary>
public sealed partial class TemplateLocationParameter : TemplateParameter
{
    /// <summary>Creates a location parameter.</summary>
    /// <param name="latitude">The latitude, -90 to 90.</param>
    /// <param name="longitude">The longitude, -180 to 180.</param>
    /// <exception cref="WhatsAppValidationException">A coordinate is out of range.</exception>
    public TemplateLocationParameter(double latitude, double longitude)
    {
        Validate.Range(latitude, -90, 90, "template.components.parameters.location.latitude");
        Validate.Range(longitude, -180, 180, "template.components.parameters.location.longitude");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <inheritdoc />
    public override string Type => "location";

    /// <summary>The latitude.</summary>
    public double Latitude { get; }

    /// <summary>The longitude.</summary>
    public double Longitude { get; }

    /// <summary><value>The place's name. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty.</exception>
    public string? Name
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "template.components.parameters.location.name");
    }

    /// <summary><value>The place's address. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The address is empty.</exception>
    public string? Address
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "template.components.parameters.location.address");
    }
}
