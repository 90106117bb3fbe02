using System.Text.Json;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>A button of a <c>BUTTONS</c> component, of a type the SDK knows.</summary>
internal sealed class TemplateButtonWire
{
    public TemplateButtonType? Type { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? PhoneNumber { get; set; }

    /// <summary>
    /// A string (<c>COPY_CODE</c> on creation) or an array of one string (<c>URL</c>, and <c>COPY_CODE</c> as Meta answers it).
    /// </summary>
    public JsonElement? Example { get; set; }

    public OtpType? OtpType { get; set; }

    public string? AutofillText { get; set; }

    public string? PackageName { get; set; }

    public string? SignatureHash { get; set; }

    public string? FlowId { get; set; }

    public string? NavigateScreen { get; set; }

    public string? FlowAction { get; set; }

    public int? TtlMinutes { get; set; }
}
