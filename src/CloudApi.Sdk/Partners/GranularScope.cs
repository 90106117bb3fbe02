namespace CloudApi.Sdk.Partners;

/// <summary>A permission of a token limited to some objects (an item of <c>granular_scopes</c>): e.g. <c>whatsapp_business_management</c> on the onboarded WABA.</summary>
public sealed class GranularScope
{
    internal GranularScope(string scope, IReadOnlyList<string> targetIds)
    {
        Scope = scope;
        TargetIds = targetIds;
    }

    /// <summary>The permission (<c>scope</c>).</summary>
    public string Scope { get; }

    /// <summary>The ids of the objects it applies to (<c>target_ids</c>): WABA ids for the WhatsApp scopes; empty for all.</summary>
    public IReadOnlyList<string> TargetIds { get; }
}
