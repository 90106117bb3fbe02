namespace CloudApi.Sdk.Flows;

/// <summary>A web preview of a flow (<c>preview</c>): a link anyone with it can open until it expires.</summary>
public sealed class FlowPreview
{
    internal FlowPreview(Uri previewUrl, DateTimeOffset? expiresAt)
    {
        PreviewUrl = previewUrl;
        ExpiresAt = expiresAt;
    }

    /// <summary>The preview link (<c>preview_url</c>).</summary>
    public Uri PreviewUrl { get; }

    /// <summary>When the link stops working (<c>expires_at</c>).</summary>
    public DateTimeOffset? ExpiresAt { get; }
}
