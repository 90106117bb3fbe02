using CloudApi.Sdk.Webhooks;
using static CloudApi.Sdk.Tests.Webhooks.WebhookPayloads;

namespace CloudApi.Sdk.Tests.Webhooks;

public class WhatsAppWebhookParserNewFieldTests
{
    private const string Metadata = """ "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"} """;

    [Fact]
    public void Parse_CallConnect_ReadsTheSdpOffer()
    {
        var connect = Single<CallConnect>(Envelope(WebhookFields.Calls, $$$"""
            { {{{Metadata}}},"contacts":[{"profile":{"name":"Sheena"},"wa_id":"16505551234"}],
              "calls":[{"id":"wacid.HBgLMTY1MDU1NTEyMzQVAgARGBI","to":"15550783881","from":"16505551234","from_user_id":"US.1349","event":"connect",
                "timestamp":"1749416383","direction":"USER_INITIATED","session":{"sdp_type":"offer","sdp":"v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\n"}}]}
            """));

        Assert.Equal("wacid.HBgLMTY1MDU1NTEyMzQVAgARGBI", connect.CallId);
        Assert.Equal(("16505551234", "15550783881", "US.1349"), (connect.From, connect.To, connect.FromUserId));
        Assert.Equal("USER_INITIATED", connect.Direction);
        Assert.Equal("offer", connect.Session?.SdpType);
        Assert.StartsWith("v=0\r\no=-", connect.Session?.Sdp, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), connect.Timestamp);
        Assert.Equal(PhoneNumberId, connect.PhoneNumberId);
        Assert.Equal("Sheena", Assert.Single(connect.Contacts).Name);
    }

    [Fact]
    public void Parse_CallTerminate_ReadsDurationAndTimes()
    {
        var end = Single<CallTerminate>(Envelope(WebhookFields.Calls, $$$"""
            { {{{Metadata}}},"calls":[{"id":"wacid.T","to":"16505551234","from":"15550783881","event":"terminate","direction":"BUSINESS_INITIATED",
              "timestamp":"1749416500","status":"COMPLETED","start_time":"1749416390","end_time":"1749416500","duration":"110","biz_opaque_callback_data":"ticket-12"}]}
            """));

        Assert.Equal("COMPLETED", end.Status);
        Assert.Equal(TimeSpan.FromSeconds(110), end.Duration);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416390), end.StartTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416500), end.EndTime);
        Assert.Equal("ticket-12", end.BizOpaqueCallbackData);
        Assert.Equal("terminate", end.Event);
    }

    [Fact]
    public void Parse_FailedCallTerminate_CarriesItsErrors()
    {
        var end = Single<CallTerminate>(Envelope(WebhookFields.Calls, $$$"""
            { {{{Metadata}}},"calls":[{"id":"wacid.F","event":"terminate","timestamp":"1","status":"FAILED","errors":[{"code":138006,"title":"Call was not answered"}]}]}
            """));

        Assert.Equal(138006, Assert.Single(end.Errors).Code);
        Assert.Null(end.Duration);
    }

    [Fact]
    public void Parse_CallStatuses_AreCallStatusUpdates()
    {
        var events = Parse(Envelope(WebhookFields.Calls, $$$"""
            { {{{Metadata}}},"statuses":[{"id":"wacid.B","timestamp":"1749416383","type":"call","status":"RINGING","recipient_id":"16505551234","biz_opaque_callback_data":"x"},
                                       {"id":"wacid.B","timestamp":"1749416390","type":"call","status":"ACCEPTED","recipient_id":"16505551234"}]}
            """)).Events;

        Assert.Equal(["RINGING", "ACCEPTED"], events.Cast<CallStatusUpdate>().Select(s => s.Status));
        Assert.Equal("wacid.B", ((CallStatusUpdate)events[0]).CallId);
        Assert.Equal("x", ((CallStatusUpdate)events[0]).BizOpaqueCallbackData);
    }

    [Fact]
    public void Parse_UnknownCallEvent_KeptRawAsUnknownEvent()
    {
        const string item = """{"id":"wacid.N","event":"hold","timestamp":"1"}""";

        var unknown = Single<UnknownWebhookEvent>(Envelope(WebhookFields.Calls, $$$"""{"calls":[{{{item}}}]}"""));

        Assert.Equal(item, unknown.RawJson);
        Assert.Contains("\"hold\"", unknown.ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GroupLifecycle_ReadsTheNewGroup()
    {
        var created = Single<GroupLifecycleUpdate>(Envelope(WebhookFields.GroupLifecycleUpdate, $$$"""
            { {{{Metadata}}},"groups":[{"timestamp":"1749416383","group_id":"120363025246125486@g.us","type":"group_create","request_id":"req-1",
              "subject":"Support","description":"Order help","invite_link":"https://chat.whatsapp.com/AbC","join_approval_mode":"approval_required"}]}
            """));

        Assert.Equal(("120363025246125486@g.us", "group_create", "req-1"), (created.GroupId, created.Type, created.RequestId));
        Assert.Equal(("Support", "Order help", "https://chat.whatsapp.com/AbC", "approval_required"), (created.Subject, created.Description, created.InviteLink, created.JoinApprovalMode));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), created.Timestamp);
    }

    [Fact]
    public void Parse_GroupParticipants_ReadsAddedAndFailed()
    {
        var update = Single<GroupParticipantsUpdate>(Envelope(WebhookFields.GroupParticipantsUpdate, $$$"""
            { {{{Metadata}}},"groups":[{"timestamp":"1","group_id":"g-1","type":"group_participants_add","request_id":"r","initiated_by":"business",
              "added_participants":[{"wa_id":"16505551234","user_id":"US.1"}],
              "failed_participants":[{"input":"+1 650 555 0000","errors":[{"code":131008,"title":"Invalid participant"}]}]}]}
            """));

        Assert.Equal("business", update.InitiatedBy);
        Assert.Equal("16505551234", Assert.Single(update.AddedParticipants).WaId);
        var failed = Assert.Single(update.FailedParticipants);
        Assert.Equal("+1 650 555 0000", failed.Input);
        Assert.Equal(131008, Assert.Single(failed.Errors).Code);
        Assert.Empty(update.RemovedParticipants);
    }

    [Fact]
    public void Parse_GroupJoinRequest_ReadsTheUser()
    {
        var request = Single<GroupParticipantsUpdate>(Envelope(WebhookFields.GroupParticipantsUpdate,
            """{"groups":[{"timestamp":"1","group_id":"g-1","type":"group_join_request_created","join_request_id":"jr-5","wa_id":"16505551234","user_id":"US.3"}]}"""));

        Assert.Equal(("jr-5", "16505551234", "US.3"), (request.JoinRequestId, request.WaId, request.UserId));
    }

    [Fact]
    public void Parse_GroupSettings_ReadsEachChange()
    {
        var settings = Single<GroupSettingsUpdate>(Envelope(WebhookFields.GroupSettingsUpdate, """
            {"groups":[{"timestamp":"1","group_id":"g-1","type":"group_settings_update","request_id":"r",
              "profile_picture":{"mime_type":"image/jpeg","sha256":"abc","update_successful":true},
              "group_subject":{"text":"New name","update_successful":true},"group_description":{"text":"New rules","update_successful":false}}]}
            """));

        Assert.Equal(true, settings.ProfilePicture?.UpdateSuccessful);
        Assert.Equal("image/jpeg", settings.ProfilePicture?.MimeType);
        Assert.Equal("New name", settings.Subject?.Text);
        Assert.Equal(false, settings.Description?.UpdateSuccessful);
    }

    [Fact]
    public void Parse_GroupStatus_ReadsTheSuspension()
    {
        var status = Single<GroupStatusUpdate>(Envelope(WebhookFields.GroupStatusUpdate, """{"groups":[{"timestamp":"1","group_id":"g-1","type":"group_suspend"}]}"""));

        Assert.Equal("group_suspend", status.Type);
        Assert.Equal(WebhookFields.GroupStatusUpdate, status.Field);
    }

    [Fact]
    public void Parse_GroupStatusOfAMessage_ReadsParticipant()
    {
        var status = Single<MessageStatusUpdate>(Statuses("""
            {"id":"wamid.G","status":"delivered","timestamp":"1","recipient_id":"g-1","recipient_type":"group","recipient_participant_id":"16505551234",
             "recipient_user_id":"US.9","recipient_parent_user_id":"US.ENT.9","recipient_identity_key_hash":"h-1"}
            """));

        Assert.Equal(("group", "g-1", "16505551234"), (status.RecipientType, status.RecipientId, status.RecipientParticipantId));
        Assert.Equal(("US.ENT.9", "h-1"), (status.RecipientParentUserId, status.RecipientIdentityKeyHash));
    }

    [Fact]
    public void Parse_StatusWithPricingOfAnotherType_KeepsTheStatusAndItsRawJson()
    {
        const string item = """{"id":"wamid.P","status":"sent","timestamp":"5","recipient_id":"1","pricing":"free"}""";

        var status = Single<MessageStatusUpdate>(Statuses(item));

        Assert.Equal(("wamid.P", DeliveryStatus.Sent), (status.MessageId, status.Status));
        Assert.Null(status.Pricing);
        Assert.Equal(item, status.RawJson);
    }

    [Fact]
    public void Parse_MessageEchoes_TypeTheBusinessMessages()
    {
        var events = Parse(Envelope(WebhookFields.SmbMessageEchoes, $$$"""
            { {{{Metadata}}},"message_echoes":[
              {"from":"15550783881","to":"16505551234","id":"wamid.E1","timestamp":"1749416383","type":"text","text":{"body":"Your order shipped"}},
              {"from":"15550783881","to":"16505551234","id":"wamid.E2","timestamp":"1749416390","type":"revoke","revoke":{"original_message_id":"wamid.E1"}}]}
            """)).Events;

        var first = Assert.IsType<MessageEcho>(events[0]);
        Assert.Equal("16505551234", first.To);
        Assert.Equal(("15550783881", "Your order shipped"), (first.Message.From, Assert.IsType<TextMessageReceived>(first.Message).Body));
        Assert.Equal("wamid.E1", Assert.IsType<MessageRevokeReceived>(Assert.IsType<MessageEcho>(events[1]).Message).OriginalMessageId);
        Assert.DoesNotContain(events, e => e is InboundMessage);
    }

    [Fact]
    public void Parse_History_ReadsThreadsAndStatuses()
    {
        var history = Single<HistorySync>(Envelope(WebhookFields.History, $$$"""
            { {{{Metadata}}},"history":[{"metadata":{"phase":0,"chunk_order":1,"progress":55},"threads":[{"id":"16505551234","messages":[
              {"from":"16505551234","id":"wamid.H1","timestamp":"1700000000","type":"text","text":{"body":"old question"},"history_context":{"status":"READ"}},
              {"from":"15550783881","to":"16505551234","id":"wamid.H2","timestamp":"1700000100","type":"image","image":{"id":"m-1","mime_type":"image/jpeg"},"history_context":{"status":"DELIVERED"}}]}]}]}
            """));

        Assert.Equal((0L, 1L, 55L), (history.Phase, history.ChunkOrder, history.Progress));
        var thread = Assert.Single(history.Threads);
        Assert.Equal("16505551234", thread.Id);
        Assert.Equal(["READ", "DELIVERED"], thread.Messages.Select(m => m.Status));
        Assert.Equal("old question", Assert.IsType<TextMessageReceived>(thread.Messages[0].Message).Body);
        Assert.Equal(("16505551234", "m-1"), (thread.Messages[1].To, Assert.IsType<ImageMessageReceived>(thread.Messages[1].Message).MediaId));
    }

    [Fact]
    public void Parse_HistoryDeclined_CarriesTheError()
    {
        var history = Single<HistorySync>(Envelope(WebhookFields.History,
            """{"history":[{"errors":[{"code":2593109,"title":"History sync turned off","message":"declined","error_data":{"details":"The user declined to share history"}}]}]}"""));

        Assert.Empty(history.Threads);
        Assert.Equal(2593109, Assert.Single(history.Errors).Code);
    }

    [Fact]
    public void Parse_AppStateSync_OneEventPerContact()
    {
        var events = Parse(Envelope(WebhookFields.SmbAppStateSync, $$$"""
            { {{{Metadata}}},"state_sync":[{"type":"contact","contact":{"full_name":"Ana Silva","first_name":"Ana","phone_number":"5511987654321"},"action":"add","metadata":{"timestamp":"1749416383"}},
                                         {"type":"contact","contact":{"phone_number":"16505551234"},"action":"remove","metadata":{"timestamp":"1749416390"}}]}
            """)).Events;

        var added = Assert.IsType<AppStateSyncUpdate>(events[0]);
        Assert.Equal(("contact", "add", "Ana Silva", "Ana", "5511987654321"), (added.SyncType, added.Action, added.ContactFullName, added.ContactFirstName, added.ContactPhoneNumber));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), added.Timestamp);
        Assert.Equal("remove", Assert.IsType<AppStateSyncUpdate>(events[1]).Action);
    }

    [Fact]
    public void Parse_FlowEndpointAlert_ReadsTheMeasures()
    {
        var flow = Single<FlowUpdate>(Envelope(WebhookFields.Flows, """
            {"event":"ENDPOINT_LATENCY","message":"Flow endpoint latency is above 1s","flow_id":"1234567890","alert_state":"ACTIVATED",
             "p50_latency":800,"p90_latency":"1500","requests_count":120,"threshold":1000}
            """, ""","time":1749416383"""));

        Assert.Equal(("ENDPOINT_LATENCY", "1234567890", "ACTIVATED"), (flow.Event, flow.FlowId, flow.AlertState));
        Assert.Equal((800d, 1500d, 1000d), (flow.P50Latency, flow.P90Latency, flow.Threshold));
        Assert.Equal(120, flow.RequestsCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), flow.EntryTime);
    }

    [Fact]
    public void Parse_FlowStatusAndErrorRate_ReadBoth()
    {
        var status = Single<FlowUpdate>(Envelope(WebhookFields.Flows, """{"event":"FLOW_STATUS_CHANGE","flow_id":"1","old_status":"DRAFT","new_status":"PUBLISHED","message":"published"}"""));
        var errors = Single<FlowUpdate>(Envelope(WebhookFields.Flows,
            """{"event":"CLIENT_ERROR_RATE","flow_id":"1","error_rate":0.3,"errors":[{"error_type":"INVALID_SCREEN_TRANSITION","error_rate":0.2,"error_count":12}]}"""));

        Assert.Equal(("DRAFT", "PUBLISHED"), (status.OldStatus, status.NewStatus));
        var error = Assert.Single(errors.Errors);
        Assert.Equal(("INVALID_SCREEN_TRANSITION", 0.2, 12L), (error.ErrorType, error.ErrorRate, error.ErrorCount));
    }

    [Fact]
    public void Parse_AccountReview_ReadsTheDecision()
    {
        Assert.Equal("APPROVED", Single<AccountReviewUpdate>(Envelope(WebhookFields.AccountReviewUpdate, """{"decision":"APPROVED"}""")).Decision);
    }

    [Fact]
    public void Parse_TemplateComponents_ReadsTheNewContent()
    {
        var update = Single<TemplateComponentsUpdate>(Envelope(WebhookFields.TemplateComponentsUpdate, """
            {"message_template_id":12345678,"message_template_name":"order_update","message_template_language":"en_US","message_template_title":"Order",
             "message_template_element":"Your order {{1}} shipped","message_template_footer":"Reply STOP",
             "message_template_buttons":[{"message_template_button_type":"URL","message_template_button_text":"Track","message_template_button_url":"https://example.com/t"},
                                         {"message_template_button_type":"PHONE_NUMBER","message_template_button_text":"Call","message_template_button_phone_number":"+15550783881"}]}
            """));

        Assert.Equal((12345678L, "order_update", "en_US"), (update.TemplateId, update.TemplateName, update.Language));
        Assert.Equal(("Order", "Your order {{1}} shipped", "Reply STOP"), (update.Title, update.Element, update.Footer));
        Assert.Equal(["https://example.com/t", null], update.Buttons.Select(b => b.Url));
        Assert.Equal("+15550783881", update.Buttons[1].PhoneNumber);
    }

    [Fact]
    public void Parse_PartnerSolution_ReadsTheSolution()
    {
        var update = Single<PartnerSolutionUpdate>(Envelope(WebhookFields.PartnerSolutions,
            """{"event":"SOLUTION_CREATED","solution_id":"987","solution_status":"PENDING_ACTIVATION","partner_app_id":111,"owner_app_id":"222"}"""));

        Assert.Equal(("SOLUTION_CREATED", "987", "PENDING_ACTIVATION", "111", "222"), (update.Event, update.SolutionId, update.SolutionStatus, update.PartnerAppId, update.OwnerAppId));
    }

    [Fact]
    public void Parse_PaymentConfiguration_ReadsTheConfiguration()
    {
        var update = Single<PaymentConfigurationUpdate>(Envelope(WebhookFields.PaymentConfigurationUpdate,
            """{"configuration_name":"razorpay-main","provider_name":"razorpay","provider_mid":"mid-1","status":"Needs_Testing","created_timestamp":1749416000,"updated_timestamp":"1749416383"}"""));

        Assert.Equal(("razorpay-main", "razorpay", "mid-1", "Needs_Testing"), (update.ConfigurationName, update.ProviderName, update.ProviderMerchantId, update.Status));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), update.UpdatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416000), update.CreatedAt);
    }

    [Fact]
    public void Parse_UserPreferenceWithSignupId_KeepsIt()
    {
        var preference = Single<UserPreferenceUpdate>(Envelope(WebhookFields.UserPreferences,
            """{"user_preferences":[{"wa_id":"1","category":"marketing_messages","value":"stop","timestamp":1,"signup_id":"signup-42"}]}"""));

        Assert.Equal("signup-42", preference.SignupId);
    }

    [Fact]
    public void Parse_AutomaticEvents_ReadsThePurchase()
    {
        var purchase = Single<AutomaticEvent>(Envelope(WebhookFields.AutomaticEvents, $$$"""
            { {{{Metadata}}},"automatic_events":[{"id":"wamid.P1","event_name":"Purchase","timestamp":"1749416383","ctwa_clid":"clid-1","custom_data":{"currency":"USD","value":"19.99"}}]}
            """));

        Assert.Equal(("wamid.P1", "Purchase", "clid-1", "USD", 19.99m), (purchase.MessageId, purchase.EventName, purchase.ClickId, purchase.Currency, purchase.Value));
    }

    [Fact]
    public void Parse_FieldValue_IsTheEventsRawJson()
    {
        const string value = """{"decision":"REJECTED","reviewer_note":"new in 2027"}""";

        var review = Single<AccountReviewUpdate>(Envelope(WebhookFields.AccountReviewUpdate, value));

        Assert.Equal(value, review.RawJson);
    }

    private static readonly (string Field, string Value, Type Expected)[] Samples =
    [
        (WebhookFields.Messages, """{"messages":[{"from":"1","id":"wamid.1","timestamp":"1","type":"text","text":{"body":"x"}}]}""", typeof(TextMessageReceived)),
        (WebhookFields.TemplateStatusUpdate, """{"event":"APPROVED","message_template_id":1}""", typeof(TemplateStatusUpdate)),
        (WebhookFields.TemplateQualityUpdate, """{"new_quality_score":"RED"}""", typeof(TemplateQualityUpdate)),
        (WebhookFields.TemplateComponentsUpdate, """{"message_template_id":1}""", typeof(TemplateComponentsUpdate)),
        (WebhookFields.TemplateCategoryUpdate, """{"new_category":"MARKETING"}""", typeof(TemplateCategoryUpdate)),
        (WebhookFields.PhoneNumberQualityUpdate, """{"event":"FLAGGED"}""", typeof(PhoneNumberQualityUpdate)),
        (WebhookFields.PhoneNumberNameUpdate, """{"decision":"APPROVED"}""", typeof(PhoneNumberNameUpdate)),
        (WebhookFields.AccountUpdate, """{"event":"PARTNER_ADDED"}""", typeof(AccountUpdate)),
        (WebhookFields.AccountAlerts, """{"entity_type":"BUSINESS"}""", typeof(AccountAlert)),
        (WebhookFields.AccountReviewUpdate, """{"decision":"PENDING"}""", typeof(AccountReviewUpdate)),
        (WebhookFields.Security, """{"event":"PIN_CHANGED"}""", typeof(SecurityUpdate)),
        (WebhookFields.BusinessCapabilityUpdate, """{"max_phone_numbers_per_waba":2}""", typeof(BusinessCapabilityUpdate)),
        (WebhookFields.UserPreferences, """{"user_preferences":[{"wa_id":"1","value":"stop"}]}""", typeof(UserPreferenceUpdate)),
        (WebhookFields.Calls, """{"calls":[{"id":"wacid.1","event":"connect"}]}""", typeof(CallConnect)),
        (WebhookFields.GroupLifecycleUpdate, """{"groups":[{"group_id":"g","type":"group_delete"}]}""", typeof(GroupLifecycleUpdate)),
        (WebhookFields.GroupParticipantsUpdate, """{"groups":[{"group_id":"g","type":"group_participants_remove"}]}""", typeof(GroupParticipantsUpdate)),
        (WebhookFields.GroupSettingsUpdate, """{"groups":[{"group_id":"g","type":"group_settings_update"}]}""", typeof(GroupSettingsUpdate)),
        (WebhookFields.GroupStatusUpdate, """{"groups":[{"group_id":"g","type":"group_suspend_cleared"}]}""", typeof(GroupStatusUpdate)),
        (WebhookFields.History, """{"history":[{"threads":[]}]}""", typeof(HistorySync)),
        (WebhookFields.SmbMessageEchoes, """{"message_echoes":[{"from":"1","to":"2","id":"wamid.1","type":"text","text":{"body":"x"}}]}""", typeof(MessageEcho)),
        (WebhookFields.MessageEchoes, """{"message_echoes":[{"from":"1","to":"2","id":"wamid.1","type":"text","text":{"body":"x"}}]}""", typeof(MessageEcho)),
        (WebhookFields.SmbAppStateSync, """{"state_sync":[{"type":"contact","action":"add"}]}""", typeof(AppStateSyncUpdate)),
        (WebhookFields.Flows, """{"event":"FLOW_VERSION_EXPIRY_WARNING","flow_id":"1"}""", typeof(FlowUpdate)),
        (WebhookFields.PartnerSolutions, """{"event":"SOLUTION_UPDATED"}""", typeof(PartnerSolutionUpdate)),
        (WebhookFields.PaymentConfigurationUpdate, """{"status":"Active"}""", typeof(PaymentConfigurationUpdate)),
        (WebhookFields.AutomaticEvents, """{"automatic_events":[{"event_name":"LeadSubmitted"}]}""", typeof(AutomaticEvent)),
        (WebhookFields.BusinessStatusUpdate, """{"status":"x"}""", typeof(UnknownWebhookEvent)),
        (WebhookFields.AccountSettingsUpdate, """{"setting":"x"}""", typeof(UnknownWebhookEvent)),
    ];

    public static TheoryData<string, string, Type> FieldSamples()
    {
        var data = new TheoryData<string, string, Type>();
        foreach (var (field, value, expected) in Samples)
        {
            data.Add(field, value, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FieldSamples))]
    public void Parse_EveryField_BecomesItsEventType(string field, string value, Type expected)
    {
        var webhookEvent = Assert.Single(Parse(Envelope(field, value)).Events);

        Assert.IsType(expected, webhookEvent);
        Assert.Equal(field, webhookEvent.Field);
        Assert.NotEqual("{}", webhookEvent.RawJson);
    }

    [Fact]
    public void WebhookFields_EveryConstantHasASample()
    {
        var names = typeof(WebhookFields).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order();

        Assert.Equal(names, Samples.Select(sample => sample.Field).Order());
    }
}
