using System.Text.Json;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the business-account calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Business.BusinessAccount"/> as <see cref="IBusinessAccountsClient.GetAsync"/> would answer it.</summary>
    /// <param name="id">The account id (<c>id</c>).</param>
    /// <param name="name">The account name (<c>name</c>).</param>
    /// <param name="currency">The billing currency (<c>currency</c>).</param>
    /// <param name="country">The country (<c>country</c>).</param>
    /// <param name="timezoneId">The time zone id (<c>timezone_id</c>).</param>
    /// <param name="status">The account status (<c>status</c>).</param>
    /// <param name="messageTemplateNamespace">The namespace of the account's templates (<c>message_template_namespace</c>).</param>
    /// <param name="accountReviewStatus">The review status (<c>account_review_status</c>).</param>
    /// <param name="businessVerificationStatus">The business verification status (<c>business_verification_status</c>).</param>
    /// <param name="ownershipType">Who owns the account (<c>ownership_type</c>).</param>
    /// <param name="isEnabledForInsights">Whether template analytics are enabled (<c>is_enabled_for_insights</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details; see <see cref="GraphResponse(int, IEnumerable{KeyValuePair{string, string}}?)"/>.</param>
    /// <returns>The result.</returns>
    public static BusinessAccount BusinessAccount(
        string id,
        string? name = null,
        string? currency = null,
        string? country = null,
        string? timezoneId = null,
        string? status = null,
        string? messageTemplateNamespace = null,
        string? accountReviewStatus = null,
        string? businessVerificationStatus = null,
        string? ownershipType = null,
        bool? isEnabledForInsights = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, name, currency, country, timezoneId, status, messageTemplateNamespace, accountReviewStatus, businessVerificationStatus, ownershipType,
            isEnabledForInsights, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Business.SubscribedApp"/>, an item of <see cref="IBusinessAccountsClient.ListSubscribedAppsAsync"/>.</summary>
    /// <param name="id">The app id (<c>whatsapp_business_api_data.id</c>).</param>
    /// <param name="name">The app name (<c>whatsapp_business_api_data.name</c>).</param>
    /// <param name="link">The app link (<c>whatsapp_business_api_data.link</c>).</param>
    /// <param name="overrideCallbackUri">The alternate callback URL (<c>override_callback_uri</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static SubscribedApp SubscribedApp(
        string id, string? name = null, string? link = null, string? overrideCallbackUri = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, name, link, overrideCallbackUri, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Business.MessagingAnalytics"/> as <see cref="IBusinessAccountsClient.GetMessagingAnalyticsAsync"/> would answer it.</summary>
    /// <param name="dataPoints">The counts per time step (<c>data_points</c>). Defaults to empty.</param>
    /// <param name="granularity">The time step (<c>granularity</c>).</param>
    /// <param name="phoneNumbers">The business numbers covered (<c>phone_numbers</c>). Defaults to empty.</param>
    /// <param name="countryCodes">The recipient countries covered (<c>country_codes</c>). Defaults to empty.</param>
    /// <param name="rawJson">The JSON the result was read from (the <c>analytics</c> object).</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MessagingAnalytics MessagingAnalytics(
        IEnumerable<MessagingDataPoint>? dataPoints = null,
        AnalyticsGranularity? granularity = null,
        IEnumerable<string>? phoneNumbers = null,
        IEnumerable<string>? countryCodes = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(phoneNumbers is null ? [] : [.. phoneNumbers], countryCodes is null ? [] : [.. countryCodes], granularity,
            dataPoints is null ? [] : [.. dataPoints], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Business.MessagingDataPoint"/>, one time step of <see cref="Business.MessagingAnalytics"/>.</summary>
    /// <param name="start">The step's start (<c>start</c>).</param>
    /// <param name="end">The step's end (<c>end</c>).</param>
    /// <param name="sent">Messages sent (<c>sent</c>).</param>
    /// <param name="delivered">Messages delivered (<c>delivered</c>).</param>
    /// <returns>The value.</returns>
    public static MessagingDataPoint MessagingDataPoint(DateTimeOffset start, DateTimeOffset end, long sent = 0, long delivered = 0) =>
        new(start, end, sent, delivered);

    /// <summary>Builds a <see cref="Business.PricingAnalytics"/> as <see cref="IBusinessAccountsClient.GetPricingAnalyticsAsync"/> would answer it.</summary>
    /// <param name="dataPoints">The data points (<c>data[].data_points</c>). Defaults to empty.</param>
    /// <param name="rawJson">The JSON the result was read from (the <c>pricing_analytics</c> object).</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static PricingAnalytics PricingAnalytics(IEnumerable<PricingDataPoint>? dataPoints = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(dataPoints is null ? [] : [.. dataPoints], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Business.PricingDataPoint"/>, one data point of <see cref="Business.PricingAnalytics"/>.</summary>
    /// <param name="start">The step's start (<c>start</c>).</param>
    /// <param name="end">The step's end (<c>end</c>).</param>
    /// <param name="volume">Messages charged or counted (<c>volume</c>).</param>
    /// <param name="cost">The cost (<c>cost</c>).</param>
    /// <param name="country">The recipient country (<c>country</c>).</param>
    /// <param name="phoneNumber">The business number (<c>phone_number</c>).</param>
    /// <param name="pricingType">The pricing type (<c>pricing_type</c>).</param>
    /// <param name="pricingCategory">The pricing category (<c>pricing_category</c>).</param>
    /// <param name="tier">The volume tier (<c>tier</c>).</param>
    /// <returns>The value.</returns>
    public static PricingDataPoint PricingDataPoint(
        DateTimeOffset start,
        DateTimeOffset end,
        long? volume = null,
        decimal? cost = null,
        string? country = null,
        string? phoneNumber = null,
        string? pricingType = null,
        string? pricingCategory = null,
        string? tier = null) =>
        new(start, end, volume, cost, country, phoneNumber, pricingType, pricingCategory, tier);

    /// <summary>Builds a <see cref="Business.TemplateAnalytics"/>, an item of <see cref="IBusinessAccountsClient.ListTemplateAnalyticsAsync"/>.</summary>
    /// <param name="dataPoints">The data points (<c>data_points</c>). Defaults to empty.</param>
    /// <param name="granularity">The time step (<c>granularity</c>).</param>
    /// <param name="productType">The product (<c>product_type</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static TemplateAnalytics TemplateAnalytics(
        IEnumerable<TemplateAnalyticsDataPoint>? dataPoints = null, string? granularity = null, string? productType = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(granularity, productType, dataPoints is null ? [] : [.. dataPoints], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Business.TemplateAnalyticsDataPoint"/>, one day of one template.</summary>
    /// <param name="templateId">The template id (<c>template_id</c>).</param>
    /// <param name="start">The day's start (<c>start</c>).</param>
    /// <param name="end">The day's end (<c>end</c>).</param>
    /// <param name="sent">Messages sent (<c>sent</c>).</param>
    /// <param name="delivered">Messages delivered (<c>delivered</c>).</param>
    /// <param name="read">Messages read (<c>read</c>).</param>
    /// <param name="clicked">Clicks per button (<c>clicked</c>). Defaults to empty.</param>
    /// <param name="cost">Cost figures (<c>cost</c>). Defaults to empty.</param>
    /// <returns>The value.</returns>
    public static TemplateAnalyticsDataPoint TemplateAnalyticsDataPoint(
        string templateId,
        DateTimeOffset start = default,
        DateTimeOffset end = default,
        long? sent = null,
        long? delivered = null,
        long? read = null,
        IEnumerable<TemplateButtonClicks>? clicked = null,
        IEnumerable<TemplateCost>? cost = null) =>
        new(templateId, start, end, sent, delivered, read, clicked is null ? [] : [.. clicked], cost is null ? [] : [.. cost]);

    /// <summary>Builds a <see cref="Business.TemplateButtonClicks"/>.</summary>
    /// <param name="type">The button kind (<c>type</c>).</param>
    /// <param name="buttonContent">The button's label (<c>button_content</c>).</param>
    /// <param name="count">The number of clicks (<c>count</c>).</param>
    /// <returns>The value.</returns>
    public static TemplateButtonClicks TemplateButtonClicks(string? type = null, string? buttonContent = null, long count = 0) => new(type, buttonContent, count);

    /// <summary>Builds a <see cref="Business.TemplateCost"/>.</summary>
    /// <param name="type">The figure (<c>type</c>).</param>
    /// <param name="value">The value (<c>value</c>).</param>
    /// <returns>The value.</returns>
    public static TemplateCost TemplateCost(string? type = null, decimal? value = null) => new(type, value);
}
