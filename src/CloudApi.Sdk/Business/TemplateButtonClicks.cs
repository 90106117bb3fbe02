namespace CloudApi.Sdk.Business;

/// <summary>Clicks on one template button in one day (<c>{"type":"url_button","button_content":"Shop","count":80}</c>).</summary>
public sealed class TemplateButtonClicks
{
    internal TemplateButtonClicks(string? type, string? buttonContent, long count)
    {
        Type = type;
        ButtonContent = buttonContent;
        Count = count;
    }

    /// <summary>The button kind, e.g. <c>quick_reply_button</c> or <c>url_button</c> (<c>type</c>).</summary>
    public string? Type { get; }

    /// <summary>The button's label (<c>button_content</c>).</summary>
    public string? ButtonContent { get; }

    /// <summary>The number of clicks (<c>count</c>).</summary>
    public long Count { get; }
}
