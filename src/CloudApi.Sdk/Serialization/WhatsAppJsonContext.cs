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
[JsonSerializable(typeof(CloudApi.Sdk.Media.MediaInfo))]
[JsonSerializable(typeof(CloudApi.Sdk.Media.MediaUploadResult))]

// --- Phone numbers ---
[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<CloudApi.Sdk.PhoneNumbers.PhoneNumber>))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.PhoneNumber))]
[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<CloudApi.Sdk.PhoneNumbers.BusinessProfile>))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.RegisterRequest))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.TwoStepPinRequest))]
[JsonSerializable(typeof(CloudApi.Sdk.PhoneNumbers.BusinessProfileUpdateRequest))]

// --- Business accounts ---
[JsonSerializable(typeof(CloudApi.Sdk.Business.BusinessAccount))]
[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<CloudApi.Sdk.Business.SubscribedAppData>))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.SubscribeAppRequest))]
[JsonSerializable(typeof(CloudApi.Sdk.Business.AnalyticsResponse))]
[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<CloudApi.Sdk.Business.TemplateAnalyticsPage>))]

// --- Webhooks ---

// --- Rate limiting ---

[JsonSerializable(typeof(CloudApi.Sdk.Http.GraphPageWire<System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(GraphSuccess))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext
{
}
