namespace CloudApi.Sdk.Business;

/// <summary>A cost figure of a template in one day (<c>{"type":"amount_spent","value":12.5}</c>).</summary>
/// <param name="Type">The figure: <c>amount_spent</c>, <c>cost_per_delivered</c>, <c>cost_per_url_button_click</c>, ...</param>
/// <param name="Value">The value in the account's currency; <see langword="null"/> when Meta gives none.</param>
public sealed record TemplateCost(string? Type, decimal? Value);
