namespace CloudApi.Sdk.Webhooks;

/// <summary>A location (<c>type: location</c>).</summary>
public sealed class LocationMessageReceived : InboundMessage
{
    internal LocationMessageReceived()
    {
    }

    /// <summary>The latitude in degrees.</summary>
    public double Latitude { get; internal init; }

    /// <summary>The longitude in degrees.</summary>
    public double Longitude { get; internal init; }

    /// <summary>The place's name, when the user shared a place.</summary>
    public string? Name { get; internal init; }

    /// <summary>The place's address.</summary>
    public string? Address { get; internal init; }

    /// <summary>The place's URL.</summary>
    public string? Url { get; internal init; }
}
