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

// --- Errors ---
[JsonSerializable(typeof(CloudApi.Sdk.Errors.Wire.GraphErrorWire))]

// --- Webhooks ---

// --- Rate limiting ---

[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(GraphSuccess))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext
{
}
