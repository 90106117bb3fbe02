using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Webhooks;

/// <summary>A template's review status changed (<c>message_template_status_update</c>).</summary>
public sealed class TemplateStatusUpdate : WebhookEvent
{
    internal TemplateStatusUpdate()
    {
    }

    /// <summary>The new status (<c>event</c>): <see cref="TemplateStatus.Approved"/>, <see cref="TemplateStatus.Rejected"/>, <see cref="TemplateStatus.Paused"/>, ...</summary>
    public TemplateStatus? Event { get; internal init; }

    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; internal init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; internal init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; internal init; }

    /// <summary>The template category (<c>message_template_category</c>), when sent.</summary>
    public TemplateCategory? Category { get; internal init; }

    /// <summary>Why (<c>reason</c>): <see cref="TemplateRejectionReason.None"/> or a rejection reason.</summary>
    public TemplateRejectionReason? Reason { get; internal init; }

    /// <summary>When the template will be or was disabled (<c>disable_info.disable_date</c>).</summary>
    public string? DisableDate { get; internal init; }

    /// <summary>Extra information title (<c>other_info.title</c>).</summary>
    public string? OtherInfoTitle { get; internal init; }

    /// <summary>Extra information description (<c>other_info.description</c>).</summary>
    public string? OtherInfoDescription { get; internal init; }

    /// <summary>The rejection reason (<c>rejection_info.reason</c>).</summary>
    public TemplateRejectionReason? RejectionReason { get; internal init; }

    /// <summary>The recommendation after a rejection (<c>rejection_info.recommendation</c>).</summary>
    public string? RejectionRecommendation { get; internal init; }
}

/// <summary>A template's quality score changed (<c>message_template_quality_update</c>).</summary>
public sealed class TemplateQualityUpdate : WebhookEvent
{
    internal TemplateQualityUpdate()
    {
    }

    /// <summary>The previous score (<c>previous_quality_score</c>): <see cref="TemplateQuality.Green"/>, <see cref="TemplateQuality.Yellow"/>, <see cref="TemplateQuality.Red"/>, <see cref="TemplateQuality.Unknown"/>.</summary>
    public TemplateQuality? PreviousQualityScore { get; internal init; }

    /// <summary>The new score (<c>new_quality_score</c>).</summary>
    public TemplateQuality? NewQualityScore { get; internal init; }

    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; internal init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; internal init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; internal init; }
}

/// <summary>A template's category changed, or will change (<c>template_category_update</c>).</summary>
public sealed class TemplateCategoryUpdate : WebhookEvent
{
    internal TemplateCategoryUpdate()
    {
    }

    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; internal init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; internal init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; internal init; }

    /// <summary>The category before (<c>previous_category</c>).</summary>
    public TemplateCategory? PreviousCategory { get; internal init; }

    /// <summary>The category after (<c>new_category</c>).</summary>
    public TemplateCategory? NewCategory { get; internal init; }

    /// <summary>The category Meta considers correct, in the impending form (<c>correct_category</c>).</summary>
    public TemplateCategory? CorrectCategory { get; internal init; }

    /// <summary>When the impending change takes effect (<c>category_update_timestamp</c>).</summary>
    public DateTimeOffset? CategoryUpdateAt { get; internal init; }
}

/// <summary>A template's content was edited (<c>message_template_components_update</c>).</summary>
public sealed class TemplateComponentsUpdate : WebhookEvent
{
    internal TemplateComponentsUpdate()
    {
    }

    /// <summary>The template id (<c>message_template_id</c>).</summary>
    public long? TemplateId { get; internal init; }

    /// <summary>The template name (<c>message_template_name</c>).</summary>
    public string? TemplateName { get; internal init; }

    /// <summary>The template language (<c>message_template_language</c>).</summary>
    public string? Language { get; internal init; }

    /// <summary>The header text (<c>message_template_title</c>).</summary>
    public string? Title { get; internal init; }

    /// <summary>The body text (<c>message_template_element</c>).</summary>
    public string? Element { get; internal init; }

    /// <summary>The footer text (<c>message_template_footer</c>).</summary>
    public string? Footer { get; internal init; }

    /// <summary>The buttons (<c>message_template_buttons</c>).</summary>
    public IReadOnlyList<TemplateButtonChange> Buttons { get; internal init; } = [];
}

/// <summary>A button of a <see cref="TemplateComponentsUpdate"/> (<c>message_template_buttons[]</c>).</summary>
public sealed class TemplateButtonChange
{
    internal TemplateButtonChange(string? type, string? text, string? url, string? phoneNumber)
    {
        Type = type;
        Text = text;
        Url = url;
        PhoneNumber = phoneNumber;
    }

    /// <summary>The button type (<c>message_template_button_type</c>), e.g. <c>URL</c>, <c>PHONE_NUMBER</c>, <c>QUICK_REPLY</c>.</summary>
    public string? Type { get; }

    /// <summary>The label (<c>message_template_button_text</c>).</summary>
    public string? Text { get; }

    /// <summary>The URL of a URL button (<c>message_template_button_url</c>).</summary>
    public string? Url { get; }

    /// <summary>The number of a call button (<c>message_template_button_phone_number</c>).</summary>
    public string? PhoneNumber { get; }
}
