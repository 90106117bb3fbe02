namespace CloudApi.Sdk.Webhooks;

/// <summary>The ad or post a user clicked to start the conversation (<c>referral</c>).</summary>
public sealed class MessageReferral
{
    internal MessageReferral()
    {
    }

    /// <summary>The ad's or post's URL (<c>source_url</c>).</summary>
    public string? SourceUrl { get; internal init; }

    /// <summary>The ad's or post's id (<c>source_id</c>).</summary>
    public string? SourceId { get; internal init; }

    /// <summary><c>ad</c> or <c>post</c> (<c>source_type</c>).</summary>
    public string? SourceType { get; internal init; }

    /// <summary>The headline (<c>headline</c>).</summary>
    public string? Headline { get; internal init; }

    /// <summary>The body text (<c>body</c>).</summary>
    public string? Body { get; internal init; }

    /// <summary><c>image</c> or <c>video</c> (<c>media_type</c>).</summary>
    public string? MediaType { get; internal init; }

    /// <summary>The image URL (<c>image_url</c>).</summary>
    public string? ImageUrl { get; internal init; }

    /// <summary>The video URL (<c>video_url</c>).</summary>
    public string? VideoUrl { get; internal init; }

    /// <summary>The thumbnail URL (<c>thumbnail_url</c>).</summary>
    public string? ThumbnailUrl { get; internal init; }

    /// <summary>The click-to-WhatsApp click id (<c>ctwa_clid</c>).</summary>
    public string? ClickId { get; internal init; }

    /// <summary>The welcome message the ad showed the user (<c>welcome_message.text</c>), when the ad had one.</summary>
    public string? WelcomeMessageText { get; internal init; }
}
