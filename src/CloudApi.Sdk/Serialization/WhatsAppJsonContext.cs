using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Serialization;

/// <summary>
/// The SDK's one source-generated JSON context: every type read or written with <see cref="System.Text.Json.JsonSerializer"/>
/// is listed here, so nothing is serialized by reflection (the package trims and publishes AOT).
/// Keep the sections: each resource adds its types in its own block.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]

// --- Messages ---

// --- Templates ---
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.MessageTemplateWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.TemplateComponentWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.TemplateButtonWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.CreateTemplateRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.CreateTemplateResultWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.EditTemplateRequestWire))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]

// --- Media ---
[JsonSerializable(typeof(CloudApi.Sdk.Media.Wire.MediaInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Media.Wire.MediaUploadResultWire))]

// --- Phone numbers ---
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.PhoneNumberWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.BusinessProfileWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.RegisterPhoneNumberWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.TwoStepPinWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.BusinessProfileUpdateWire))]

// --- Business accounts ---
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.BusinessAccountWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.SubscribedAppWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.SubscribeAppWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.AccountAnalyticsWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.MessagingAnalyticsWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.PricingAnalyticsWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.TemplateAnalyticsWire))]

// --- Flows (management and the business encryption key) ---
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.FlowWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.FlowAssetWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.CreateFlowRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.CreateFlowResultWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.UpdateFlowRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.FlowJsonUploadResultWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.MigrateFlowsRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.MigrateFlowsResultWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.FlowMetricAnswerWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Flows.Wire.BusinessPublicKeyAnswerWire))]

// --- Business messaging (issue 15: block list, QR codes, conversational automation, message history, number settings) ---
[JsonSerializable(typeof(CloudApi.Sdk.BlockedUsers.Wire.BlockedUserWire))]
[JsonSerializable(typeof(CloudApi.Sdk.BlockedUsers.Wire.BlockUsersBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.BlockedUsers.Wire.BlockUsersAnswerWire))]
[JsonSerializable(typeof(CloudApi.Sdk.QrCodes.Wire.QrCodeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.QrCodes.Wire.QrCodeBodyWire))]

// --- Groups ---
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupCreateBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupCreateAnswerWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupListPageWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.ActiveGroupWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupSettingsBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupProductBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupInviteLinkWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupJoinRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupJoinRequestsBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupJoinRequestsAnswerWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Groups.Wire.GroupParticipantsBodyWire))]

[JsonSerializable(typeof(CloudApi.Sdk.ConversationalAutomation.Wire.ConversationalAutomationWire))]
[JsonSerializable(typeof(CloudApi.Sdk.ConversationalAutomation.Wire.PhoneNumberAutomationWire))]
[JsonSerializable(typeof(CloudApi.Sdk.MessageHistory.Wire.MessageHistoryEntryWire))]
[JsonSerializable(typeof(CloudApi.Sdk.MessageHistory.Wire.HistoryEventEdgeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.PhoneNumberSettingsWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.PhoneNumberUpdateWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.CommerceSettingsWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.ComplianceInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.OfficialBusinessAccountWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.OfficialBusinessAccountRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.CreatePhoneNumberWire))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.Wire.CreatedIdWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.BusinessAccountUpdateWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.ActivityWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.ScheduleWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.Wire.CreatedScheduleWire))]
// --- end of business messaging ---

// --- Uploads (resumable upload) ---
[JsonSerializable(typeof(CloudApi.Sdk.Uploads.Wire.UploadSessionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Uploads.Wire.UploadResultWire))]

// --- Marketing messages ---
[JsonSerializable(typeof(CloudApi.Sdk.MarketingMessages.Wire.MarketingMessagesOnboardingWire))]
[JsonSerializable(typeof(CloudApi.Sdk.MarketingMessages.Wire.MarketingMessagesOnboardingRequestWire))]

// --- Templates: library, upsert, compare, migrate ---
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.LibraryTemplateWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.CreateLibraryTemplateRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.UpsertTemplatesRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.UpsertTemplatesResultWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.TemplateComparisonWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.TemplateMigrationRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Templates.Wire.TemplateMigrationResultWire))]

// --- Calling (issue 14: POST /{phone-number-id}/calls, GET /{phone-number-id}/call_permissions) ---
[JsonSerializable(typeof(CloudApi.Sdk.Calling.Wire.CallActionRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Calling.Wire.CallConnectAnswerWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Calling.Wire.CallPermissionsAnswerWire))]
// --- Partners (issue 16: onboarding, shared accounts, solutions, pre-verified numbers, intents, credit lines) ---
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerNamedObjectWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerBusinessPortfolioWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerClientBusinessWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerAssignedAccountWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerAssignedNumberWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerAssignedUserWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerOnBehalfRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerCreditLineWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerMigrationIntentWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSolutionMigrationBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSolutionMigrationWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerOboIntentBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerOboIntentCreatedWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerOboIntentWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSetOboIntentBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSetOboIntentWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerPreverifiedNumberWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerPreverifiedNumberCheckWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerNumberPartnerWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerRequestCodeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerVerifyCodeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerShareNumberWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerTokenExchangeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerDebugTokenWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerTokenDataWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerGranularScopeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSolutionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerCreateSolutionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerCreatedSolutionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSolutionTokenWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerAcceptSolutionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSolutionAcceptanceWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerRejectSolutionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerSolutionRejectionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerDeactivationBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerDeactivationRequestWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerRejectDeactivationWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Partners.Wire.PartnerEmptyBodyWire))]

// --- Errors ---
[JsonSerializable(typeof(CloudApi.Sdk.Errors.Wire.GraphErrorWire))]

// --- Webhooks ---
// The webhook wire (Webhooks/Wire); the envelope's lists look their item types up at run time.
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.AccountFieldWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.AlertInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.AutomaticEventDataWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.AutomaticEventWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.BanInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ButtonWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.CallPermissionReplyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.CallSessionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.CallWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ChangeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContactEmailWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContactNameWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContactOrgWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContactPhoneWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContactUrlWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContactWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ContextWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ConversationWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.DisableInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.EditWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.EntryWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ErrorDataWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ErrorWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.FlowErrorWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.FlowFieldWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.GroupParticipantWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.GroupPictureWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.GroupTextWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.GroupWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.HistoryContextWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.HistoryMetadataWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.HistoryThreadWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.HistoryWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.IdentityWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.InteractiveWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.LocationWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.MediaWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.MessageWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.MessagingValueWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.MetadataWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.NfmReplyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.OrderItemWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.OrderWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.OriginWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.OtherInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.PhoneNumberFieldWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.PricingWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ProfileWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ReactionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ReferralWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ReferredProductWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.RejectionInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ReplyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.RestrictionWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.RevokeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.SharedContactWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.StateSyncContactWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.StateSyncMetadataWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.StateSyncWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.StatusWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.SystemWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.TemplateButtonChangeWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.TemplateFieldWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.TextWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.UnsupportedWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.UserPreferenceWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.ViolationInfoWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.WebhookBodyWire))]
[JsonSerializable(typeof(CloudApi.Sdk.Webhooks.Wire.WelcomeMessageWire))]

// --- Rate limiting ---

[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(GraphSuccess))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext
{
}
