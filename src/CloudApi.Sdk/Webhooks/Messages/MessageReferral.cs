namespace CloudApi.Sdk.Webhooks;

/// <summary>The ad or post a user clicked to start the conversation (<c>referral</c>).</summary>
public sealed record MessageReferral
{
    /// <summary>The ad's or post's URL (<c>source_url</c>).</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The ad's or post's id (<c>source_id</c>).</summary>
    public string? SourceId { get; init; }

    /// <summary><c>ad</c> or <c>post</c> (<c>source_type</c>).</summary>
    public string? SourceType { get; init; }

    /// <summary>The headline (<c>headline</c>).</summary>
    public string? Headline { get; init; }

    /// <summary>The body text (<c>body</c>).</summary>
    public string? Body { get; init; }

    /// <summary><c>image</c> or <c>video</c> (<c>media_type</c>).</summary>
    public string? MediaType { get; init; }

    /// <summary>The image URL (<c>image_url</c>).</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The video URL (<c>video_url</c>).</summary>
    public string? VideoUrl { get; init; }

    /// <summary>The thumbnail URL (<c>thumbnail_url</c>).</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>The click-to-WhatsApp click id (<c>ctwa_clid</c>).</summary>
    public string? ClickId { get; init; }
}
