namespace CloudApi.Sdk.Templates;

/// <summary>
/// A button that asks the user to let the business call them (<c>CALL_PERMISSION_REQUEST</c>):
/// <c>{"type":"CALL_PERMISSION_REQUEST"}</c>. A template carries the request outside the customer service window, where the
/// interactive <see cref="Messages.CallPermissionRequestMessage"/> cannot go; the answer arrives as a
/// <see cref="Webhooks.CallPermissionReplyReceived"/>. Meta writes the button's label itself; <see cref="TemplateButton.Text"/>
/// is optional.
/// </summary>
public sealed class TemplateCallPermissionRequestButton : TemplateButton
{
    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.CallPermissionRequest;
}
