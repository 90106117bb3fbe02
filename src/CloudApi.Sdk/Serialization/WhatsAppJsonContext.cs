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

// --- Errors ---
[JsonSerializable(typeof(CloudApi.Sdk.Errors.Wire.GraphErrorWire))]

// --- Webhooks ---

// --- Rate limiting ---

[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(GraphSuccess))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext
{
}
