namespace CloudApi.Sdk.Business;

/// <summary>Clicks on one template button in one day (<c>{"type":"url_button","button_content":"Shop","count":80}</c>).</summary>
/// <param name="Type">The button kind, e.g. <c>quick_reply_button</c> or <c>url_button</c>.</param>
/// <param name="ButtonContent">The button's label.</param>
/// <param name="Count">The number of clicks.</param>
public sealed record TemplateButtonClicks(string? Type, string? ButtonContent, long Count);
