namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// The WhatsApp Business Account webhook subscription fields (<c>changes[].field</c>). Each names the event types it
/// is parsed into; a field not listed here, or marked "kept raw", arrives as an <see cref="UnknownWebhookEvent"/>.
/// </summary>
public static class WebhookFields
{
    /// <summary><c>messages</c>: inbound messages (<see cref="InboundMessage"/> subclasses), message statuses (<see cref="MessageStatusUpdate"/>) and errors (<see cref="WebhookErrorsReceived"/>).</summary>
    public const string Messages = "messages";

    /// <summary><c>message_template_status_update</c>: <see cref="TemplateStatusUpdate"/>.</summary>
    public const string TemplateStatusUpdate = "message_template_status_update";

    /// <summary><c>message_template_quality_update</c>: <see cref="TemplateQualityUpdate"/>.</summary>
    public const string TemplateQualityUpdate = "message_template_quality_update";

    /// <summary><c>message_template_components_update</c>: <see cref="TemplateComponentsUpdate"/>.</summary>
    public const string TemplateComponentsUpdate = "message_template_components_update";

    /// <summary><c>template_category_update</c>: <see cref="TemplateCategoryUpdate"/>.</summary>
    public const string TemplateCategoryUpdate = "template_category_update";

    /// <summary><c>phone_number_quality_update</c>: <see cref="PhoneNumberQualityUpdate"/>.</summary>
    public const string PhoneNumberQualityUpdate = "phone_number_quality_update";

    /// <summary><c>phone_number_name_update</c>: <see cref="PhoneNumberNameUpdate"/>.</summary>
    public const string PhoneNumberNameUpdate = "phone_number_name_update";

    /// <summary><c>account_update</c>: <see cref="AccountUpdate"/>.</summary>
    public const string AccountUpdate = "account_update";

    /// <summary><c>account_alerts</c>: <see cref="AccountAlert"/>.</summary>
    public const string AccountAlerts = "account_alerts";

    /// <summary><c>account_review_update</c>: <see cref="AccountReviewUpdate"/>.</summary>
    public const string AccountReviewUpdate = "account_review_update";

    /// <summary><c>security</c>: <see cref="SecurityUpdate"/>.</summary>
    public const string Security = "security";

    /// <summary><c>business_capability_update</c>: <see cref="BusinessCapabilityUpdate"/>.</summary>
    public const string BusinessCapabilityUpdate = "business_capability_update";

    /// <summary><c>user_preferences</c>: <see cref="UserPreferenceUpdate"/>, one per preference.</summary>
    public const string UserPreferences = "user_preferences";

    /// <summary><c>calls</c>: <see cref="CallConnect"/>, <see cref="CallTerminate"/> and <see cref="CallStatusUpdate"/>.</summary>
    public const string Calls = "calls";

    /// <summary><c>group_lifecycle_update</c>: <see cref="GroupLifecycleUpdate"/>.</summary>
    public const string GroupLifecycleUpdate = "group_lifecycle_update";

    /// <summary><c>group_participants_update</c>: <see cref="GroupParticipantsUpdate"/>.</summary>
    public const string GroupParticipantsUpdate = "group_participants_update";

    /// <summary><c>group_settings_update</c>: <see cref="GroupSettingsUpdate"/>.</summary>
    public const string GroupSettingsUpdate = "group_settings_update";

    /// <summary><c>group_status_update</c>: <see cref="GroupStatusUpdate"/>.</summary>
    public const string GroupStatusUpdate = "group_status_update";

    /// <summary><c>history</c>: <see cref="HistorySync"/>, one per chunk.</summary>
    public const string History = "history";

    /// <summary><c>smb_message_echoes</c>: <see cref="MessageEcho"/>, one per message the business sent from the WhatsApp Business app.</summary>
    public const string SmbMessageEchoes = "smb_message_echoes";

    /// <summary><c>message_echoes</c>: <see cref="MessageEcho"/> (read like <see cref="SmbMessageEchoes"/>).</summary>
    public const string MessageEchoes = "message_echoes";

    /// <summary><c>smb_app_state_sync</c>: <see cref="AppStateSyncUpdate"/>, one per synced contact.</summary>
    public const string SmbAppStateSync = "smb_app_state_sync";

    /// <summary><c>flows</c>: <see cref="FlowUpdate"/>.</summary>
    public const string Flows = "flows";

    /// <summary><c>partner_solutions</c>: <see cref="PartnerSolutionUpdate"/>.</summary>
    public const string PartnerSolutions = "partner_solutions";

    /// <summary><c>payment_configuration_update</c>: <see cref="PaymentConfigurationUpdate"/>.</summary>
    public const string PaymentConfigurationUpdate = "payment_configuration_update";

    /// <summary><c>automatic_events</c>: <see cref="AutomaticEvent"/>, one per detected event.</summary>
    public const string AutomaticEvents = "automatic_events";

    /// <summary><c>business_status_update</c>: kept raw (<see cref="UnknownWebhookEvent"/>); its shape is not documented.</summary>
    public const string BusinessStatusUpdate = "business_status_update";

    /// <summary><c>account_settings_update</c>: kept raw (<see cref="UnknownWebhookEvent"/>); its shape is not documented.</summary>
    public const string AccountSettingsUpdate = "account_settings_update";
}
