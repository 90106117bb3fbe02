namespace CloudApi.Sdk.Business;

/// <summary>A cost figure of a template in one day (<c>{"type":"amount_spent","value":12.5}</c>).</summary>
public sealed class TemplateCost
{
    internal TemplateCost(string? type, decimal? value)
    {
        Type = type;
        Value = value;
    }

    /// <summary>The figure (<c>type</c>): <c>amount_spent</c>, <c>cost_per_delivered</c>, <c>cost_per_url_button_click</c>, ...</summary>
    public string? Type { get; }

    /// <summary>The value in the account's currency (<c>value</c>); <see langword="null"/> when Meta gives none.</summary>
    public decimal? Value { get; }
}
