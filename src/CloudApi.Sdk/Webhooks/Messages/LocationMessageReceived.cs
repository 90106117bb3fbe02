namespace CloudApi.Sdk.Webhooks;

/// <summary>A location (<c>type: location</c>).</summary>
public sealed record LocationMessageReceived : InboundMessage
{
    /// <summary>The latitude in degrees.</summary>
    public double Latitude { get; init; }

    /// <summary>The longitude in degrees.</summary>
    public double Longitude { get; init; }

    /// <summary>The place's name, when the user shared a place.</summary>
    public string? Name { get; init; }

    /// <summary>The place's address.</summary>
    public string? Address { get; init; }

    /// <summary>The place's URL.</summary>
    public string? Url { get; init; }
}
