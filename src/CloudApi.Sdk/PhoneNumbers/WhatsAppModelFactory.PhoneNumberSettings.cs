using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the phone-number settings, commerce, compliance and creation calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="PhoneNumbers.CommerceSettings"/>.</summary>
    /// <param name="id">The settings' id (<c>id</c>).</param>
    /// <param name="isCartEnabled">Whether the cart is on (<c>is_cart_enabled</c>).</param>
    /// <param name="isCatalogVisible">Whether the catalog shows (<c>is_catalog_visible</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CommerceSettings CommerceSettings(string? id = null, bool? isCartEnabled = null, bool? isCatalogVisible = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, isCartEnabled, isCatalogVisible, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="PhoneNumbers.BusinessComplianceInfo"/>.</summary>
    /// <param name="businessAccountId">The account (<c>whatsapp_business_account_id</c>).</param>
    /// <param name="entityName">The legal name (<c>entity_name</c>).</param>
    /// <param name="entityType">The legal form (<c>entity_type</c>).</param>
    /// <param name="entityTypeCustom">The legal form in words (<c>entity_type_custom</c>).</param>
    /// <param name="isRegistered">Whether registered (<c>is_registered</c>).</param>
    /// <param name="grievanceOfficer">The grievance officer.</param>
    /// <param name="customerCare">Customer care.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BusinessComplianceInfo BusinessComplianceInfo(
        string? businessAccountId = null,
        string? entityName = null,
        BusinessEntityType? entityType = null,
        string? entityTypeCustom = null,
        bool? isRegistered = null,
        ComplianceContact? grievanceOfficer = null,
        ComplianceContact? customerCare = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(businessAccountId, entityName, entityType, entityTypeCustom, isRegistered, grievanceOfficer, customerCare, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="PhoneNumbers.ComplianceContact"/>.</summary>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="email">The email (<c>email</c>).</param>
    /// <param name="mobileNumber">The mobile number (<c>mobile_number</c>).</param>
    /// <param name="landlineNumber">The landline number (<c>landline_number</c>).</param>
    /// <returns>The value.</returns>
    public static ComplianceContact ComplianceContact(string? name = null, string? email = null, string? mobileNumber = null, string? landlineNumber = null) =>
        new(name, email, mobileNumber, landlineNumber);

    /// <summary>Builds a <see cref="PhoneNumbers.OfficialBusinessAccountStatus"/>.</summary>
    /// <param name="id">The status's id (<c>id</c>).</param>
    /// <param name="state">Where the application stands (<c>oba_status</c>).</param>
    /// <param name="statusMessage">Meta's explanation (<c>status_message</c>).</param>
    /// <param name="message">A request's confirmation (<c>message</c>).</param>
    /// <param name="trackingId">A request's tracking id (<c>tracking_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static OfficialBusinessAccountStatus OfficialBusinessAccountStatus(
        string? id = null, OfficialBusinessAccountState? state = null, string? statusMessage = null, string? message = null, string? trackingId = null,
        JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, state, statusMessage, message, trackingId, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="PhoneNumbers.CreatedPhoneNumber"/>.</summary>
    /// <param name="id">The new id (<c>id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CreatedPhoneNumber CreatedPhoneNumber(string id, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, GraphSource.ForModel(rawJson, response));
}
