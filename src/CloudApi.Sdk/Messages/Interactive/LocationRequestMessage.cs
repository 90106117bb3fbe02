using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Asks the user to share their location (the answer arrives as a location message):
/// <c>{"type":"location_request_message","body":{"text":"..."},"action":{"name":"send_location"}}</c>.
/// </summary>
public sealed partial class LocationRequestMessage : InteractiveMessage
{
    /// <summary>Creates a location request.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <exception cref="WhatsAppValidationException">The body is empty or too long.</exception>
    public LocationRequestMessage(string body)
    {
        BodyPart = ValidBody(body);
    }

    /// <inheritdoc />
    public override string InteractiveType => "location_request_message";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;
}
