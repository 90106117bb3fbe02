using CloudApi.Sdk.Webhooks;
using static CloudApi.Sdk.Cli.Webhooks.SampleContext;

namespace CloudApi.Sdk.Cli.Webhooks;

/// <summary>
/// A sample notification of every event type the SDK parses, shaped as Meta sends it (the Cloud API reference's
/// examples): what <c>whatsapp webhooks send-sample</c> posts to a handler under test.
/// </summary>
internal static class WebhookSamples
{
    public static IReadOnlyList<WebhookSample> All { get; } =
    [
        // Inbound messages (field "messages").
        new("text", typeof(TextMessageReceived), "a text message", c => c.Message("text", """{"body":"Hello from the whatsapp tool"}""")),
        new("image", typeof(ImageMessageReceived), "a photo with a caption", c => c.Message("image",
            """{"caption":"The receipt","mime_type":"image/jpeg","sha256":"x0kH0dT1oQv+2Ac8m6gH5e3qWFN0l2m8pFfQe4bNvCs=","id":"1003383421387256"}""")),
        new("audio", typeof(AudioMessageReceived), "a voice note", c => c.Message("audio",
            """{"mime_type":"audio/ogg; codecs=opus","sha256":"dQ8hU1v3H0sWmYk1X0rM1cQ4a3Jq7lK2b6x9zE5fGhI=","id":"1003383421387257","voice":true}""")),
        new("video", typeof(VideoMessageReceived), "a video", c => c.Message("video",
            """{"caption":"Unboxing","mime_type":"video/mp4","sha256":"Pq3sN8cQ2wR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5n=","id":"1003383421387258"}""")),
        new("document", typeof(DocumentMessageReceived), "a PDF document", c => c.Message("document",
            """{"caption":"Invoice","filename":"invoice.pdf","mime_type":"application/pdf","sha256":"Lm2nB4vC6xZ8aS0dF2gH4jK6lQ8wE0rT2yU4iO6pA8s=","id":"1003383421387259"}""")),
        new("sticker", typeof(StickerMessageReceived), "an animated sticker", c => c.Message("sticker",
            """{"mime_type":"image/webp","sha256":"Zx1cV3bN5mA7sD9fG1hJ3kL5qW7eR9tY1uI3oP5aS7d=","id":"1003383421387260","animated":true}""")),
        new("location", typeof(LocationMessageReceived), "a shared location", c => c.Message("location",
            """{"latitude":37.4847,"longitude":-122.1473,"name":"Meta Headquarters","address":"1 Hacker Way, Menlo Park, CA 94025"}""")),
        new("contacts", typeof(ContactsMessageReceived), "a shared contact card", c => c.Message("contacts",
            """[{"name":{"formatted_name":"Ana Silva","first_name":"Ana","last_name":"Silva"},"phones":[{"phone":"+1 650 555 0000","type":"CELL","wa_id":"16505550000"}],"emails":[{"email":"ana@example.com","type":"WORK"}]}]""")),
        new("button-reply", typeof(ButtonReplyReceived), "a tap on a reply button", c => c.Message("interactive",
            """{"type":"button_reply","button_reply":{"id":"confirm","title":"Confirm"}}""", c.Context)),
        new("list-reply", typeof(ListReplyReceived), "a row picked from a list message", c => c.Message("interactive",
            """{"type":"list_reply","list_reply":{"id":"slot-tuesday","title":"Tuesday","description":"10:00 to 12:00"}}""", c.Context)),
        new("flow-reply", typeof(FlowReplyReceived), "a completed Flow (nfm_reply)", c => c.Message("interactive",
            """{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"sample-flow-token\",\"appointment\":\"2026-01-15T10:00\"}"}}""", c.Context)),
        new("call-permission-reply", typeof(CallPermissionReplyReceived), "an answer to a call-permission request", c => c.Message("interactive",
            """{"type":"call_permission_reply","call_permission_reply":{"response":"accept","expiration_timestamp":1750000000,"response_source":"user_action","is_permanent":false}}""", c.Context)),
        new("template-button-reply", typeof(TemplateButtonReplyReceived), "a tap on a template's quick-reply button", c => c.Message("button",
            """{"payload":"STOP_PROMOTIONS","text":"Stop promotions"}""", c.Context)),
        new("reaction", typeof(ReactionReceived), "a reaction to the business's message", c => c.Message("reaction",
            $$"""{"message_id":{{Q(c.MessageId)}},"emoji":"👍"}""")),
        new("order", typeof(OrderReceived), "an order from the catalog", c => c.Message("order",
            """{"catalog_id":"1234567890","text":"For Friday, please","product_items":[{"product_retailer_id":"sku-1","quantity":2,"item_price":12.5,"currency":"EUR"}]}""")),
        new("system", typeof(SystemMessageReceived), "a system notice: the user changed number", c => c.Message("system",
            $$"""{"body":"User changed from {{c.From}} to 16505559999","wa_id":"16505559999","type":"user_changed_number"}""")),
        new("unsupported", typeof(UnsupportedMessageReceived), "a message type the Cloud API does not support", c => c.MessageWith("unsupported",
            """ "errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown","error_data":{"details":"Message type is currently not supported."}}],"unsupported":{"type":"poll"} """)),
        new("request-welcome", typeof(WelcomeRequestReceived), "a user opening the chat for the first time", c => c.MessageWith("request_welcome", "")),
        new("edit", typeof(MessageEditReceived), "a user editing a message", c => c.Message("edit",
            """{"original_message_id":"wamid.CLISAMPLEORIGINAL","message":{"type":"text","text":{"body":"See you at 6, not 5"}}}""")),
        new("revoke", typeof(MessageRevokeReceived), "a user deleting a message", c => c.Message("revoke", """{"original_message_id":"wamid.CLISAMPLEORIGINAL"}""")),

        // Statuses and errors of the business's messages (field "messages").
        new("status-sent", typeof(MessageStatusUpdate), "the business's message was sent", c => c.Status("sent",
            """ "pricing":{"billable":false,"pricing_model":"PMP","type":"free_customer_service","category":"service"} """)),
        new("status-delivered", typeof(MessageStatusUpdate), "the business's message was delivered", c => c.Status("delivered")),
        new("status-read", typeof(MessageStatusUpdate), "the business's message was read", c => c.Status("read")),
        new("status-failed", typeof(MessageStatusUpdate), "the business's message could not be delivered", c => c.Status("failed",
            """ "errors":[{"code":131026,"title":"Message undeliverable","message":"Message undeliverable","error_data":{"details":"Message could not be delivered to the user."}}] """)),
        new("errors", typeof(WebhookErrorsReceived), "an error not tied to one message", c => c.Envelope("messages", $$$"""
            { {{{c.Metadata}}},"errors":[{"code":131000,"title":"Something went wrong","message":"Something went wrong","error_data":{"details":"Try again later."}}]}
            """)),

        // Templates.
        new("template-status-update", typeof(TemplateStatusUpdate), "a template was approved", c => c.Envelope(WebhookFields.TemplateStatusUpdate,
            """{"event":"APPROVED","message_template_id":594425479261596,"message_template_name":"order_shipped","message_template_language":"en_US","message_template_category":"UTILITY","reason":"NONE"}""")),
        new("template-quality-update", typeof(TemplateQualityUpdate), "a template's quality score changed", c => c.Envelope(WebhookFields.TemplateQualityUpdate,
            """{"previous_quality_score":"GREEN","new_quality_score":"YELLOW","message_template_id":594425479261596,"message_template_name":"order_shipped","message_template_language":"en_US"}""")),
        new("template-components-update", typeof(TemplateComponentsUpdate), "a template's content was edited", c => c.Envelope(WebhookFields.TemplateComponentsUpdate,
            """{"message_template_id":594425479261596,"message_template_name":"order_shipped","message_template_language":"en_US","message_template_element":"Your order {{1}} has shipped","message_template_footer":"Reply STOP to opt out"}""")),
        new("template-category-update", typeof(TemplateCategoryUpdate), "a template's category was changed by Meta", c => c.Envelope(WebhookFields.TemplateCategoryUpdate,
            """{"message_template_id":594425479261596,"message_template_name":"order_shipped","message_template_language":"en_US","previous_category":"UTILITY","new_category":"MARKETING"}""")),

        // The number and the account.
        new("phone-number-quality-update", typeof(PhoneNumberQualityUpdate), "the number's messaging limit was raised", c => c.Envelope(WebhookFields.PhoneNumberQualityUpdate, $$$"""
            {"display_phone_number":{{{Q(c.DisplayPhoneNumber)}}},"event":"UPGRADE","current_limit":"TIER_10K","old_limit":"TIER_1K"}
            """)),
        new("phone-number-name-update", typeof(PhoneNumberNameUpdate), "the number's display name was reviewed", c => c.Envelope(WebhookFields.PhoneNumberNameUpdate, $$$"""
            {"display_phone_number":{{{Q(c.DisplayPhoneNumber)}}},"decision":"APPROVED","requested_verified_name":"Acme Shop","rejection_reason":null}
            """)),
        new("account-update", typeof(AccountUpdate), "the account was restricted", c => c.Envelope(WebhookFields.AccountUpdate,
            """{"event":"ACCOUNT_RESTRICTION","restriction_info":[{"restriction_type":"RESTRICTED_ADD_PHONE_NUMBER_ACTION","expiration":1767225600}]}""")),
        new("account-alert", typeof(AccountAlert), "an alert about the account or a number", c => c.Envelope(WebhookFields.AccountAlerts, $$$"""
            {"entity_type":"PHONE_NUMBER","entity_id":{{{Q(c.PhoneNumberId)}}},"alert_info":{"alert_severity":"WARNING","alert_status":"ACTIVE","alert_type":"INCREASED_CAPABILITIES_ELIGIBILITY","alert_description":"The number is eligible for higher limits."}}
            """)),
        new("account-review-update", typeof(AccountReviewUpdate), "the account's review decision", c => c.Envelope(WebhookFields.AccountReviewUpdate, """{"decision":"APPROVED"}""")),
        new("security", typeof(SecurityUpdate), "the number's two-step PIN changed", c => c.Envelope(WebhookFields.Security, $$$"""
            {"display_phone_number":{{{Q(c.DisplayPhoneNumber)}}},"event":"PIN_CHANGED","requester":"1234567890"}
            """)),
        new("business-capability-update", typeof(BusinessCapabilityUpdate), "the business's limits changed", c => c.Envelope(WebhookFields.BusinessCapabilityUpdate,
            """{"max_daily_conversations_per_business":"TIER_10K","max_phone_numbers_per_business":20,"max_phone_numbers_per_waba":25}""")),
        new("user-preference", typeof(UserPreferenceUpdate), "a user stopped marketing messages", c => c.Envelope(WebhookFields.UserPreferences, $$$"""
            { {{{c.Metadata}}},{{{c.Contacts}}},"user_preferences":[{"wa_id":{{{Q(c.From)}}},"detail":"User requested to stop marketing messages","category":"marketing_messages","value":"stop","timestamp":{{{c.Timestamp}}}}]}
            """)),
        new("payment-configuration-update", typeof(PaymentConfigurationUpdate), "a payment configuration changed", c => c.Envelope(WebhookFields.PaymentConfigurationUpdate, $$$"""
            {"configuration_name":"main-gateway","provider_name":"razorpay","provider_mid":"mid-1","status":"Active","created_timestamp":{{{c.Timestamp}}},"updated_timestamp":{{{c.Timestamp}}}}
            """)),
        new("partner-solution-update", typeof(PartnerSolutionUpdate), "a multi-partner solution changed", c => c.Envelope(WebhookFields.PartnerSolutions,
            """{"event":"SOLUTION_CREATED","solution_id":"987654321","solution_status":"PENDING_ACTIVATION","partner_app_id":111111,"owner_app_id":"222222"}""")),
        new("flow-update", typeof(FlowUpdate), "a Flow's status changed", c => c.Envelope(WebhookFields.Flows,
            """{"event":"FLOW_STATUS_CHANGE","message":"Flow Sample flow changed status from DRAFT to PUBLISHED","flow_id":"1234567890","old_status":"DRAFT","new_status":"PUBLISHED"}""")),

        // Calling.
        new("call-connect", typeof(CallConnect), "a user is calling the business", c => c.Envelope(WebhookFields.Calls, $$$"""
            { {{{c.Metadata}}},{{{c.Contacts}}},"calls":[{"id":"wacid.CLISAMPLE","to":{{{Q(c.DisplayPhoneNumber)}}},"from":{{{Q(c.From)}}},"event":"connect","timestamp":{{{Q(c.Timestamp)}}},"direction":"USER_INITIATED","session":{"sdp_type":"offer","sdp":"v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\n"}}]}
            """)),
        new("call-terminate", typeof(CallTerminate), "a call ended", c => c.Envelope(WebhookFields.Calls, $$$"""
            { {{{c.Metadata}}},"calls":[{"id":"wacid.CLISAMPLE","to":{{{Q(c.DisplayPhoneNumber)}}},"from":{{{Q(c.From)}}},"event":"terminate","direction":"USER_INITIATED","timestamp":{{{Q(c.Timestamp)}}},"status":"COMPLETED","duration":"42"}]}
            """)),
        new("call-status", typeof(CallStatusUpdate), "a business-initiated call is ringing", c => c.Envelope(WebhookFields.Calls, $$$"""
            { {{{c.Metadata}}},"statuses":[{"id":"wacid.CLISAMPLE","timestamp":{{{Q(c.Timestamp)}}},"type":"call","status":"RINGING","recipient_id":{{{Q(c.From)}}}}]}
            """)),

        // Groups.
        new("group-lifecycle-update", typeof(GroupLifecycleUpdate), "a group was created", c => c.Envelope(WebhookFields.GroupLifecycleUpdate, $$$"""
            { {{{c.Metadata}}},"groups":[{"timestamp":{{{Q(c.Timestamp)}}},"group_id":"120363025246125486@g.us","type":"group_create","request_id":"req-1","subject":"Support","description":"Order help","invite_link":"https://chat.whatsapp.com/SampleInvite"}]}
            """)),
        new("group-participants-update", typeof(GroupParticipantsUpdate), "a user joined a group", c => c.Envelope(WebhookFields.GroupParticipantsUpdate, $$$"""
            { {{{c.Metadata}}},"groups":[{"timestamp":{{{Q(c.Timestamp)}}},"group_id":"120363025246125486@g.us","type":"group_participants_add","initiated_by":"business","added_participants":[{"wa_id":{{{Q(c.From)}}}}]}]}
            """)),
        new("group-settings-update", typeof(GroupSettingsUpdate), "a group's subject changed", c => c.Envelope(WebhookFields.GroupSettingsUpdate, $$$"""
            { {{{c.Metadata}}},"groups":[{"timestamp":{{{Q(c.Timestamp)}}},"group_id":"120363025246125486@g.us","type":"group_settings_update","group_subject":{"text":"Support (EU)","update_successful":true}}]}
            """)),
        new("group-status-update", typeof(GroupStatusUpdate), "a group was suspended", c => c.Envelope(WebhookFields.GroupStatusUpdate, $$$"""
            { {{{c.Metadata}}},"groups":[{"timestamp":{{{Q(c.Timestamp)}}},"group_id":"120363025246125486@g.us","type":"group_suspend"}]}
            """)),

        // The WhatsApp Business app (coexistence) and conversion events.
        new("history", typeof(HistorySync), "a chunk of the app's chat history", c => c.Envelope(WebhookFields.History, $$$"""
            { {{{c.Metadata}}},"history":[{"metadata":{"phase":0,"chunk_order":1,"progress":100},"threads":[{"id":{{{Q(c.From)}}},"messages":[{"from":{{{Q(c.From)}}},"id":"wamid.CLISAMPLEHISTORY","timestamp":{{{Q(c.Timestamp)}}},"type":"text","text":{"body":"An older question"},"history_context":{"status":"READ"}}]}]}]}
            """)),
        new("message-echo", typeof(MessageEcho), "a message the business sent from the WhatsApp Business app", c => c.Envelope(WebhookFields.SmbMessageEchoes, $$$"""
            { {{{c.Metadata}}},"message_echoes":[{"from":{{{Q(c.DisplayPhoneNumber)}}},"to":{{{Q(c.From)}}},"id":{{{Q(NewMessageId())}}},"timestamp":{{{Q(c.Timestamp)}}},"type":"text","text":{"body":"Sent from the app"}}]}
            """)),
        new("app-state-sync", typeof(AppStateSyncUpdate), "a contact added in the WhatsApp Business app", c => c.Envelope(WebhookFields.SmbAppStateSync, $$$"""
            { {{{c.Metadata}}},"state_sync":[{"type":"contact","contact":{"full_name":"Ana Silva","first_name":"Ana","phone_number":{{{Q(c.From)}}}},"action":"add","metadata":{"timestamp":{{{Q(c.Timestamp)}}}}}]}
            """)),
        new("automatic-event", typeof(AutomaticEvent), "a purchase detected in a chat from an ad", c => c.Envelope(WebhookFields.AutomaticEvents, $$$"""
            { {{{c.Metadata}}},"automatic_events":[{"id":{{{Q(NewMessageId())}}},"event_name":"Purchase","timestamp":{{{Q(c.Timestamp)}}},"ctwa_clid":"sample-click-id","custom_data":{"currency":"USD","value":19.99}}]}
            """)),

        // A field the SDK does not model: the fallback handler's case.
        new("unknown-field", typeof(UnknownWebhookEvent), "a field the SDK does not model (kept raw)", c => c.Envelope("sample_future_field",
            """{"event":"SOMETHING_NEW","detail":"kept as raw JSON"}""")),
    ];

    public static WebhookSample? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
