using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the phone-number calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="PhoneNumbers.PhoneNumber"/> as <see cref="IPhoneNumbersClient.GetAsync"/> would answer it.</summary>
    /// <param name="id">The phone-number id (<c>id</c>).</param>
    /// <param name="displayPhoneNumber">The number as displayed (<c>display_phone_number</c>).</param>
    /// <param name="verifiedName">The approved display name (<c>verified_name</c>).</param>
    /// <param name="qualityRating">The quality rating (<c>quality_rating</c>).</param>
    /// <param name="throughput">The throughput (<c>throughput</c>); see <see cref="PhoneNumberThroughput(ThroughputLevel)"/>.</param>
    /// <param name="businessMessagingLimit">The portfolio's messaging limit (<c>whatsapp_business_manager_messaging_limit</c>).</param>
    /// <param name="messagingLimitTier">The number's messaging limit tier (<c>messaging_limit_tier</c>).</param>
    /// <param name="nameStatus">The display name's review status (<c>name_status</c>).</param>
    /// <param name="codeVerificationStatus">The code verification status (<c>code_verification_status</c>).</param>
    /// <param name="status">The connection status (<c>status</c>).</param>
    /// <param name="platformType">The platform (<c>platform_type</c>).</param>
    /// <param name="accountMode">Live or sandbox (<c>account_mode</c>).</param>
    /// <param name="isOfficialBusinessAccount">Whether the business is an Official Business Account (<c>is_official_business_account</c>).</param>
    /// <param name="isPinEnabled">Whether two-step verification is on (<c>is_pin_enabled</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details; see <see cref="GraphResponse(int, IEnumerable{KeyValuePair{string, string}}?)"/>.</param>
    /// <returns>The result.</returns>
    public static PhoneNumber PhoneNumber(
        string id,
        string? displayPhoneNumber = null,
        string? verifiedName = null,
        QualityRating? qualityRating = null,
        PhoneNumberThroughput? throughput = null,
        MessagingLimitTier? businessMessagingLimit = null,
        MessagingLimitTier? messagingLimitTier = null,
        NameStatus? nameStatus = null,
        CodeVerificationStatus? codeVerificationStatus = null,
        PhoneNumberStatus? status = null,
        PlatformType? platformType = null,
        AccountMode? accountMode = null,
        bool? isOfficialBusinessAccount = null,
        bool? isPinEnabled = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, displayPhoneNumber, verifiedName, qualityRating, throughput, businessMessagingLimit, messagingLimitTier, nameStatus,
            codeVerificationStatus, status, platformType, accountMode, isOfficialBusinessAccount, isPinEnabled, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="PhoneNumbers.PhoneNumberThroughput"/>, the <c>throughput</c> of a <see cref="PhoneNumbers.PhoneNumber"/>.</summary>
    /// <param name="level">The level (<c>level</c>).</param>
    /// <returns>The value.</returns>
    public static PhoneNumberThroughput PhoneNumberThroughput(ThroughputLevel level) => new(level);

    /// <summary>Builds a <see cref="PhoneNumbers.BusinessProfile"/> as <see cref="IPhoneNumbersClient.GetBusinessProfileAsync"/> would answer it.</summary>
    /// <param name="about">The "About" text (<c>about</c>).</param>
    /// <param name="address">The address (<c>address</c>).</param>
    /// <param name="description">The description (<c>description</c>).</param>
    /// <param name="email">The contact email (<c>email</c>).</param>
    /// <param name="profilePictureUrl">The profile picture's URL (<c>profile_picture_url</c>).</param>
    /// <param name="websites">The websites (<c>websites</c>). Defaults to empty.</param>
    /// <param name="vertical">The industry (<c>vertical</c>).</param>
    /// <param name="rawJson">The JSON the result was read from (the profile object).</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BusinessProfile BusinessProfile(
        string? about = null,
        string? address = null,
        string? description = null,
        string? email = null,
        string? profilePictureUrl = null,
        IEnumerable<string>? websites = null,
        BusinessVertical? vertical = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(about, address, description, email, profilePictureUrl, websites is null ? [] : [.. websites], vertical, GraphSource.ForModel(rawJson, response));
}
