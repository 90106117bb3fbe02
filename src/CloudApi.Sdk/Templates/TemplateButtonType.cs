using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The type of a template button (<c>type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateButtonType>))]
public readonly partial struct TemplateButtonType
{
    /// <summary><c>QUICK_REPLY</c>: A quick-reply button.</summary>
    public static TemplateButtonType QuickReply { get; } = new("QUICK_REPLY");

    /// <summary><c>URL</c>: A button that opens a URL.</summary>
    public static TemplateButtonType Url { get; } = new("URL");

    /// <summary><c>PHONE_NUMBER</c>: A button that calls a phone number.</summary>
    public static TemplateButtonType PhoneNumber { get; } = new("PHONE_NUMBER");

    /// <summary><c>COPY_CODE</c>: A button that copies a code (e.g. a coupon).</summary>
    public static TemplateButtonType CopyCode { get; } = new("COPY_CODE");

    /// <summary><c>OTP</c>: A one-time-passcode button of an authentication template.</summary>
    public static TemplateButtonType Otp { get; } = new("OTP");

    /// <summary><c>FLOW</c>: A button that opens a WhatsApp Flow.</summary>
    public static TemplateButtonType Flow { get; } = new("FLOW");

    /// <summary><c>CATALOG</c>: A button that opens the catalog.</summary>
    public static TemplateButtonType Catalog { get; } = new("CATALOG");

    /// <summary><c>MPM</c>: A multi-product message button.</summary>
    public static TemplateButtonType Mpm { get; } = new("MPM");

    /// <summary><c>VOICE_CALL</c>: A button that starts a WhatsApp call.</summary>
    public static TemplateButtonType VoiceCall { get; } = new("VOICE_CALL");

    /// <summary><c>CALL_PERMISSION_REQUEST</c>: A button that asks the user to let the business call them.</summary>
    public static TemplateButtonType CallPermissionRequest { get; } = new("CALL_PERMISSION_REQUEST");
}
