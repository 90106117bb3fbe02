namespace CloudApi.Sdk.Webhooks;

/// <summary>A template's review status changed (<c>message_template_status_update</c>).</summary>
public sealed record TemplateStatusUpdate : WebhookEvent
{
    /// <summary>The new status (<c>event</c>): <c>APPROVED</c>, <c>REJECTED</c>, <c>PAUSED</c>, <c>DISABLED</c>, <c>PENDING_DELETION</c>, ...</summary>
    public string? Event { get; init; }

    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; init; }

    /// <summary>The template category (<c>message_template_category</c>), when sent.</summary>
    public string? Category { get; init; }

    /// <summary>Why (<c>reason</c>), e.g. <c>NONE</c> or a rejection reason.</summary>
    public string? Reason { get; init; }

    /// <summary>When the template will be or was disabled (<c>disable_info.disable_date</c>).</summary>
    public string? DisableDate { get; init; }

    /// <summary>Extra information title (<c>other_info.title</c>).</summary>
    public string? OtherInfoTitle { get; init; }

    /// <summary>Extra information description (<c>other_info.description</c>).</summary>
    public string? OtherInfoDescription { get; init; }

    /// <summary>The rejection reason (<c>rejection_info.reason</c>).</summary>
    public string? RejectionReason { get; init; }

    /// <summary>The recommendation after a rejection (<c>rejection_info.recommendation</c>).</summary>
    public string? RejectionRecommendation { get; init; }
}

/// <summary>A template's quality score changed (<c>message_template_quality_update</c>).</summary>
public sealed record TemplateQualityUpdate : WebhookEvent
{
    /// <summary>The previous score (<c>previous_quality_score</c>): <c>GREEN</c>, <c>YELLOW</c>, <c>RED</c>, <c>UNKNOWN</c>.</summary>
    public string? PreviousQualityScore { get; init; }

    /// <summary>The new score (<c>new_quality_score</c>).</summary>
    public string? NewQualityScore { get; init; }

    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; init; }
}

/// <summary>A template's category changed, or will change (<c>template_category_update</c>).</summary>
public sealed record TemplateCategoryUpdate : WebhookEvent
{
    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; init; }

    /// <summary>The category before (<c>previous_category</c>).</summary>
    public string? PreviousCategory { get; init; }

    /// <summary>The category after (<c>new_category</c>).</summary>
    public string? NewCategory { get; init; }

    /// <summary>The category Meta considers correct, in the impending form (<c>correct_category</c>).</summary>
    public string? CorrectCategory { get; init; }

    /// <summary>When the impending change takes effect (<c>category_update_timestamp</c>).</summary>
    public DateTimeOffset? CategoryUpdateAt { get; init; }
}
