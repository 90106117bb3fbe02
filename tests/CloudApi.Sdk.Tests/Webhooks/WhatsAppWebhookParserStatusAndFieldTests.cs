using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;
using static CloudApi.Sdk.Tests.Webhooks.WebhookPayloads;

namespace CloudApi.Sdk.Tests.Webhooks;

public class WhatsAppWebhookParserStatusAndFieldTests
{
    [Fact]
    public void Parse_SentStatus_ReadsConversationAndPricing()
    {
        var status = Single<MessageStatusUpdate>(Statuses("""
            {"id":"wamid.SENT","status":"sent","timestamp":"1739321024","recipient_id":"16505551234","biz_opaque_callback_data":"order-42",
             "conversation":{"id":"conv-1","expiration_timestamp":"1739407424","origin":{"type":"marketing"}},
             "pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}}
            """));

        Assert.Equal("wamid.SENT", status.MessageId);
        Assert.Equal(DeliveryStatus.Sent, status.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1739321024), status.Timestamp);
        Assert.Equal("16505551234", status.RecipientId);
        Assert.Equal("order-42", status.BizOpaqueCallbackData);
        Assert.Equivalent(WhatsAppModelFactory.StatusConversation("conv-1", DateTimeOffset.FromUnixTimeSeconds(1739407424), "marketing"), status.Conversation, strict: true);
        Assert.Equivalent(WhatsAppModelFactory.StatusPricing(true, "PMP", "regular", "marketing"), status.Pricing, strict: true);
        Assert.Equal(PhoneNumberId, status.PhoneNumberId);
        Assert.Empty(status.Errors);
    }

    [Theory]
    [InlineData("delivered")]
    [InlineData("read")]
    [InlineData("played")]
    public void Parse_KnownStatuses_MapToNamedValues(string value)
    {
        var status = Single<MessageStatusUpdate>(Statuses($$"""{"id":"wamid.X","status":"{{value}}","timestamp":"1739321024","recipient_id":"1"}"""));

        var expected = value switch { "delivered" => DeliveryStatus.Delivered, "read" => DeliveryStatus.Read, _ => DeliveryStatus.Played };
        Assert.Equal(expected, status.Status);
        Assert.Equal(value, status.Status.Value);
    }

    [Fact]
    public void Parse_FailedStatus_CarriesErrors()
    {
        var status = Single<MessageStatusUpdate>(Statuses("""
            {"id":"wamid.F","status":"failed","timestamp":"1739321024","recipient_id":"1",
             "errors":[{"code":131049,"title":"This message was not delivered to maintain healthy ecosystem engagement.","message":"This message was not delivered to maintain healthy ecosystem engagement.","error_data":{"details":"In order to maintain a healthy ecosystem engagement, the message failed to be delivered."},"href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}
            """));

        Assert.Equal(DeliveryStatus.Failed, status.Status);
        var error = Assert.Single(status.Errors);
        Assert.Equal(WhatsAppErrorCodes.EcosystemEngagement, error.Code);
        Assert.Equal("In order to maintain a healthy ecosystem engagement, the message failed to be delivered.", error.Details);
        Assert.StartsWith("https://developers.facebook.com", error.Href, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GroupStatus_ReadsRecipientFields()
    {
        var status = Single<MessageStatusUpdate>(Statuses("""
            {"id":"wamid.G","status":"read","timestamp":"1","recipient_id":"group-1","recipient_type":"group","recipient_participant_id":"16505551234","recipient_user_id":"US.9"}
            """));

        Assert.Equal("group", status.RecipientType);
        Assert.Equal("16505551234", status.RecipientParticipantId);
        Assert.Equal("US.9", status.RecipientUserId);
    }

    [Fact]
    public void Parse_UnknownStatus_SurvivesAsItsString()
    {
        var status = Single<MessageStatusUpdate>(Statuses("""{"id":"wamid.D","status":"deleted","timestamp":"1","recipient_id":"1"}"""));

        Assert.Equal(new DeliveryStatus("deleted"), status.Status);
    }

    [Fact]
    public void Parse_ValueErrors_BecomeErrorsEvent()
    {
        var errors = Single<WebhookErrorsReceived>(Envelope("messages", """
            {"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"2"},
             "errors":[{"code":131000,"title":"Something went wrong","message":"Something went wrong","error_data":{"details":"retry later"}}]}
            """));

        Assert.Equal(131000, Assert.Single(errors.Errors).Code);
        Assert.Equal("2", errors.PhoneNumberId);
    }

    [Fact]
    public void Parse_TemplateStatusUpdate_ReadsAllFields()
    {
        var update = Single<TemplateStatusUpdate>(Envelope(WebhookFields.TemplateStatusUpdate, """
            {"event":"REJECTED","message_template_id":594425479261596,"message_template_name":"order_ready","message_template_language":"en_US",
             "message_template_category":"UTILITY","reason":"INVALID_FORMAT","disable_info":{"disable_date":"2026-03-01"},
             "other_info":{"title":"FIRST_PAUSE","description":"paused for low quality"},"rejection_info":{"reason":"format","recommendation":"fix the header"}}
            """, ""","time":1739321024"""));

        Assert.Equal("REJECTED", update.Event);
        Assert.Equal(594425479261596, update.TemplateId);
        Assert.Equal("order_ready", update.TemplateName);
        Assert.Equal("en_US", update.Language);
        Assert.Equal("UTILITY", update.Category);
        Assert.Equal("INVALID_FORMAT", update.Reason);
        Assert.Equal("2026-03-01", update.DisableDate);
        Assert.Equal("FIRST_PAUSE", update.OtherInfoTitle);
        Assert.Equal("paused for low quality", update.OtherInfoDescription);
        Assert.Equal("format", update.RejectionReason);
        Assert.Equal("fix the header", update.RejectionRecommendation);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1739321024), update.EntryTime);
        Assert.Equal(Waba, update.BusinessAccountId);
    }

    [Fact]
    public void Parse_TemplateQualityUpdate_ReadsScores()
    {
        var update = Single<TemplateQualityUpdate>(Envelope(WebhookFields.TemplateQualityUpdate, """
            {"previous_quality_score":"GREEN","new_quality_score":"YELLOW","message_template_id":"806312974732579","message_template_name":"welcome","message_template_language":"pt_BR"}
            """));

        Assert.Equal("GREEN", update.PreviousQualityScore);
        Assert.Equal("YELLOW", update.NewQualityScore);
        Assert.Equal(806312974732579, update.TemplateId);
        Assert.Equal("pt_BR", update.Language);
    }

    [Fact]
    public void Parse_TemplateCategoryUpdate_ReadsBothForms()
    {
        var done = Single<TemplateCategoryUpdate>(Envelope(WebhookFields.TemplateCategoryUpdate,
            """{"message_template_id":1,"message_template_name":"t","message_template_language":"en","previous_category":"UTILITY","new_category":"MARKETING"}"""));
        var impending = Single<TemplateCategoryUpdate>(Envelope(WebhookFields.TemplateCategoryUpdate,
            """{"message_template_id":1,"message_template_name":"t","message_template_language":"en","correct_category":"MARKETING","new_category":"MARKETING","category_update_timestamp":1740000000}"""));

        Assert.Equal("UTILITY", done.PreviousCategory);
        Assert.Equal("MARKETING", done.NewCategory);
        Assert.Equal("MARKETING", impending.CorrectCategory);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1740000000), impending.CategoryUpdateAt);
    }

    [Fact]
    public void Parse_PhoneNumberQualityUpdate_ReadsTier()
    {
        var update = Single<PhoneNumberQualityUpdate>(Envelope(WebhookFields.PhoneNumberQualityUpdate,
            """{"display_phone_number":"15550783881","event":"THROUGHPUT_UPGRADE","max_daily_conversations_per_business":"TIER_100K","current_limit":"TIER_100K","old_limit":"TIER_10K"}"""));

        Assert.Equal("15550783881", update.DisplayPhoneNumber);
        Assert.Equal("THROUGHPUT_UPGRADE", update.Event);
        Assert.Equal("TIER_100K", update.MaxDailyConversationsPerBusiness);
        Assert.Equal("TIER_10K", update.OldLimit);
        Assert.Equal("TIER_100K", update.CurrentLimit);
    }

    [Fact]
    public void Parse_PhoneNumberNameUpdate_ReadsDecision()
    {
        var update = Single<PhoneNumberNameUpdate>(Envelope(WebhookFields.PhoneNumberNameUpdate,
            """{"display_phone_number":"15550783881","decision":"REJECTED","requested_verified_name":"Acme Shop","rejection_reason":"NAME_FORMAT"}"""));

        Assert.Equal("REJECTED", update.Decision);
        Assert.Equal("Acme Shop", update.RequestedVerifiedName);
        Assert.Equal("NAME_FORMAT", update.RejectionReason);
    }

    [Fact]
    public void Parse_AccountUpdateRestriction_ReadsRestrictionsAndKeepsValue()
    {
        const string value = """{"event":"ACCOUNT_RESTRICTION","restriction_info":[{"restriction_type":"RESTRICTED_ADD_PHONE_NUMBER_ACTION","expiration":1740000000}],"novel":{"k":1}}""";

        var update = Single<AccountUpdate>(Envelope(WebhookFields.AccountUpdate, value));

        Assert.Equal("ACCOUNT_RESTRICTION", update.Event);
        Assert.Equivalent(WhatsAppModelFactory.AccountRestriction("RESTRICTED_ADD_PHONE_NUMBER_ACTION", DateTimeOffset.FromUnixTimeSeconds(1740000000)), Assert.Single(update.Restrictions), strict: true);
        JsonAssert.Equal(value, JsonNode.Parse(update.ValueJson));
    }

    [Fact]
    public void Parse_AccountUpdateViolationAndBan_ReadsInfo()
    {
        var violation = Single<AccountUpdate>(Envelope(WebhookFields.AccountUpdate, """{"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"SCAM"}}"""));
        var ban = Single<AccountUpdate>(Envelope(WebhookFields.AccountUpdate, """{"event":"DISABLED_UPDATE","ban_info":{"waba_ban_state":"DISABLE","waba_ban_date":"2026-02-02"}}"""));

        Assert.Equal("SCAM", violation.ViolationType);
        Assert.Equal("DISABLE", ban.BanState);
        Assert.Equal("2026-02-02", ban.BanDate);
    }

    [Fact]
    public void Parse_AccountAlert_ReadsAlertInfo()
    {
        var alert = Single<AccountAlert>(Envelope(WebhookFields.AccountAlerts,
            """{"entity_type":"PHONE_NUMBER","entity_id":"106540352242922","alert_info":{"alert_severity":"WARNING","alert_status":"ACTIVE","alert_type":"OBA_APPROVED","alert_description":"desc"}}"""));

        Assert.Equal("PHONE_NUMBER", alert.EntityType);
        Assert.Equal("106540352242922", alert.EntityId);
        Assert.Equal("WARNING", alert.Severity);
        Assert.Equal("ACTIVE", alert.Status);
        Assert.Equal("OBA_APPROVED", alert.AlertType);
        Assert.Equal("desc", alert.Description);
    }

    [Fact]
    public void Parse_Security_ReadsEvent()
    {
        var security = Single<SecurityUpdate>(Envelope(WebhookFields.Security, """{"display_phone_number":"15550783881","event":"PIN_CHANGED","requester":"1234"}"""));

        Assert.Equal("PIN_CHANGED", security.Event);
        Assert.Equal("1234", security.Requester);
        Assert.Equal("15550783881", security.DisplayPhoneNumber);
    }

    [Fact]
    public void Parse_BusinessCapabilityUpdate_ReadsLimits()
    {
        var update = Single<BusinessCapabilityUpdate>(Envelope(WebhookFields.BusinessCapabilityUpdate,
            """{"max_daily_conversations_per_business":"TIER_10K","max_daily_conversation_per_phone":-1,"max_phone_numbers_per_business":20,"max_phone_numbers_per_waba":"25"}"""));

        Assert.Equal("TIER_10K", update.MaxDailyConversationsPerBusiness);
        Assert.Equal(-1, update.MaxDailyConversationPerPhone);
        Assert.Equal(20, update.MaxPhoneNumbersPerBusiness);
        Assert.Equal(25, update.MaxPhoneNumbersPerWaba);
    }

    [Fact]
    public void Parse_UserPreferences_OneEventPerPreference()
    {
        var events = Parse(Envelope(WebhookFields.UserPreferences, """
            {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
             "contacts":[{"wa_id":"16505551234","profile":{"name":"Sheena"}}],
             "user_preferences":[{"wa_id":"16505551234","detail":"User requested to stop marketing messages","category":"marketing_messages","value":"stop","timestamp":1731705721},
                                 {"wa_id":"16505551234","detail":"resumed","category":"marketing_messages","value":"resume","timestamp":"1731705800"}]}
            """)).Events;

        Assert.Collection(events,
            e =>
            {
                var preference = Assert.IsType<UserPreferenceUpdate>(e);
                Assert.Equal("stop", preference.Value);
                Assert.Equal("marketing_messages", preference.Category);
                Assert.Equal("User requested to stop marketing messages", preference.Detail);
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1731705721), preference.Timestamp);
                Assert.Equal(WebhookFields.UserPreferences, preference.Field);
                Assert.Equal("Sheena", Assert.Single(preference.Contacts).Name);
            },
            e => Assert.Equal("resume", Assert.IsType<UserPreferenceUpdate>(e).Value));
    }

    [Fact]
    public void Parse_UnknownField_KeepsValueJson()
    {
        const string value = """{"hologram_id":"123","event":"PROJECTED","depth":0.1}""";

        var unknown = Single<UnknownWebhookEvent>(Envelope("hologram_updates", value));

        Assert.Equal("hologram_updates", unknown.Field);
        JsonAssert.Equal(value, JsonNode.Parse(unknown.ValueJson));
    }

    [Fact]
    public void Parse_FieldBeforeValue_ReadsTheSame()
    {
        var json = """{"object":"whatsapp_business_account","entry":[{"id":"9","changes":[{"field":"security","value":{"event":"PIN_RESET_REQUEST"}},{"field":"messages","value":{"statuses":[{"id":"wamid.1","status":"sent","timestamp":"1"}]}}]}]}""";

        var events = Parse(json).Events;

        Assert.Equal("PIN_RESET_REQUEST", Assert.IsType<SecurityUpdate>(events[0]).Event);
        Assert.Equal(DeliveryStatus.Sent, Assert.IsType<MessageStatusUpdate>(events[1]).Status);
    }

    [Fact]
    public void Parse_SeveralEntriesAndChanges_KeepsOrderAndSources()
    {
        var json = """
            {"object":"whatsapp_business_account","entry":[
              {"id":"111","changes":[
                {"value":{"metadata":{"display_phone_number":"1","phone_number_id":"p1"},"messages":[
                   {"from":"a","id":"wamid.m1","timestamp":"1","type":"text","text":{"body":"one"}},
                   {"from":"b","id":"wamid.m2","timestamp":"2","type":"text","text":{"body":"two"}}]},"field":"messages"},
                {"value":{"metadata":{"display_phone_number":"2","phone_number_id":"p2"},"statuses":[{"id":"wamid.s1","status":"read","timestamp":"3"}]},"field":"messages"}]},
              {"id":"222","time":1739321024,"changes":[
                {"value":{"event":"APPROVED","message_template_id":7,"message_template_name":"n","message_template_language":"en","reason":"NONE"},"field":"message_template_status_update"}]}]}
            """;

        var events = Parse(json).Events;

        Assert.Equal(4, events.Count);
        Assert.Equal(["111", "111", "111", "222"], events.Select(e => e.BusinessAccountId));
        Assert.Equal(["p1", "p1", "p2", null], events.Select(e => e.PhoneNumberId));
        Assert.Equal("one", Assert.IsType<TextMessageReceived>(events[0]).Body);
        Assert.Equal("two", Assert.IsType<TextMessageReceived>(events[1]).Body);
        Assert.Equal("wamid.s1", Assert.IsType<MessageStatusUpdate>(events[2]).MessageId);
        Assert.Equal("APPROVED", Assert.IsType<TemplateStatusUpdate>(events[3]).Event);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"entry\":[}")]
    [InlineData("{\"entry\":[]} trailing")]
    [InlineData("{\"entry\":[],}")]
    [InlineData("{'entry':[]}")]
    public void Parse_MalformedBody_ThrowsWebhookPayloadException(string body)
    {
        var exception = Assert.Throws<WebhookPayloadException>(() => Parse(body));

        Assert.IsType<WhatsAppException>(exception, exactMatch: false);
    }

    [Fact]
    public void Parse_InvalidUtf8InString_ThrowsWebhookPayloadException()
    {
        var bytes = Encoding.UTF8.GetBytes(Message("text", """ "text":{"body":"XX"} """));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("XX", StringComparison.Ordinal);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        Assert.Throws<WebhookPayloadException>(() => WhatsAppWebhookParser.Parse(bytes));
    }

    [Fact]
    public void Parse_ReadOnlyMemoryOverload_ParsesTheSame()
    {
        var bytes = Encoding.UTF8.GetBytes(Message("text", """ "text":{"body":"m"} """));

        var notification = WhatsAppWebhookParser.Parse(new ReadOnlyMemory<byte>(bytes));

        Assert.Equal("m", Assert.IsType<TextMessageReceived>(Assert.Single(notification.Events)).Body);
    }
}

public class WhatsAppWebhookParserEdgeTests
{
    [Fact]
    public void Parse_ChangeWithoutField_KeptWholeAsUnknownEvent()
    {
        var unknown = WebhookPayloads.Single<UnknownWebhookEvent>("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messages":[{"id":"wamid.1","type":"text","text":{"body":"x"}}]}}]}]}""");

        Assert.Equal("", unknown.Field);
        Assert.Contains("wamid.1", unknown.ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyEnvelope_NoEvents()
    {
        var notification = WebhookPayloads.Parse("""{"object":"whatsapp_business_account","entry":[]}""");

        Assert.Empty(notification.Events);
    }

    [Fact]
    public void Parse_TimestampOutOfRange_ReadsAsMinValueNotException()
    {
        var text = WebhookPayloads.Single<TextMessageReceived>(WebhookPayloads.MessagesBody("""{"from":"1","id":"wamid.T","timestamp":"99999999999999999","type":"text","text":{"body":"x"}}"""));

        Assert.Equal(DateTimeOffset.MinValue, text.Timestamp);
    }
}
