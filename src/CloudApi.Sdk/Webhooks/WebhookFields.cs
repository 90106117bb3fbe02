namespace CloudApi.Sdk.Webhooks;

/// <summary>The webhook subscription fields (<c>changes[].field</c>) the parser turns into typed events.</summary>
public static class WebhookFields
{
    /// <summary><c>messages</c>: inbound messages, message statuses and errors.</summary>
    public const string Messages = "messages";

    /// <summary><c>message_template_status_update</c>.</summary>
    public const string TemplateStatusUpdate = "message_template_status_update";

    /// <summary><c>message_template_quality_update</c>.</summary>
    public const string TemplateQualityUpdate = "message_template_quality_update";

    /// <summary><c>template_category_update</c>.</summary>
    public const string TemplateCategoryUpdate = "template_category_update";

    /// <summary><c>phone_number_quality_update</c>.</summary>
    public const string PhoneNumberQualityUpdate = "phone_number_quality_update";

    /// <summary><c>phone_number_name_update</c>.</summary>
    public const string PhoneNumberNameUpdate = "phone_number_name_update";

    /// <summary><c>account_update</c>.</summary>
    public const string AccountUpdate = "account_update";

    /// <summary><c>account_alerts</c>.</summary>
    public const string AccountAlerts = "account_alerts";

    /// <summary><c>security</c>.</summary>
    public const string Security = "security";

    /// <summary><c>business_capability_update</c>.</summary>
    public const string BusinessCapabilityUpdate = "business_capability_update";

    /// <summary><c>user_preferences</c>.</summary>
    public const string UserPreferences = "user_preferences";
}
