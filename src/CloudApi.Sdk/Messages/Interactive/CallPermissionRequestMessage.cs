namespace CloudApi.Sdk.Messages;

/// <summary>
/// Asks the user to let the business call them:
/// <c>{"type":"call_permission_request","body":{"text":"..."},"action":{"name":"call_permission_request"}}</c>.
/// The answer arrives as a <see cref="Webhooks.CallPermissionReplyReceived"/>. Free-form, so only inside the customer
/// service window (outside it, use a template with a <see cref="Templates.TemplateCallPermissionRequestButton"/>); Meta
/// limits how many requests a business may send a user (error <see cref="WhatsAppErrorCodes.CallPermissionRequestLimit"/>).
/// </summary>
public sealed partial class CallPermissionRequestMessage : InteractiveMessage
{
    /// <summary>Creates a call-permission request.</summary>
    /// <param name="body">Why the business wants to call, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <exception cref="WhatsAppValidationException">The body is empty or too long.</exception>
    public CallPermissionRequestMessage(string body)
    {
        BodyPart = ValidBody(body);
    }

    /// <inheritdoc />
    public override string InteractiveType => "call_permission_request";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary><value>A text, image, video or document header (the spec's interactive object allows one). Default <see langword="null"/> (none).</value></summary>
    public InteractiveHeader? Header { get => HeaderPart; init => HeaderPart = value; }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
