using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the partner calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Partners.BusinessToken"/> as <see cref="IOnboardingClient.ExchangeCodeAsync"/> would answer it.</summary>
    /// <param name="accessToken">The token (<c>access_token</c>).</param>
    /// <param name="tokenType">The type (<c>token_type</c>).</param>
    /// <param name="expiresIn">The lifetime (<c>expires_in</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BusinessToken BusinessToken(string accessToken, string? tokenType = "bearer", TimeSpan? expiresIn = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerTokenExchangeWire { AccessToken = accessToken, TokenType = tokenType, ExpiresIn = expiresIn is { } e ? (long)e.TotalSeconds : null },
            GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.TokenInfo"/> as <see cref="IOnboardingClient.DebugTokenAsync"/> would answer it.</summary>
    /// <param name="appId">The app (<c>app_id</c>).</param>
    /// <param name="isValid">Whether it is valid (<c>is_valid</c>).</param>
    /// <param name="type">The kind (<c>type</c>).</param>
    /// <param name="application">The app name (<c>application</c>).</param>
    /// <param name="expiresAt">The expiry (<c>expires_at</c>); <see langword="null"/> for never.</param>
    /// <param name="dataAccessExpiresAt">The data-access expiry (<c>data_access_expires_at</c>).</param>
    /// <param name="issuedAt">The issue time (<c>issued_at</c>).</param>
    /// <param name="scopes">The scopes (<c>scopes</c>).</param>
    /// <param name="granularScopes">The granular scopes and their targets (<c>granular_scopes</c>).</param>
    /// <param name="userId">The user (<c>user_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static TokenInfo TokenInfo(
        string? appId = null,
        bool isValid = true,
        string? type = "SYSTEM_USER",
        string? application = null,
        DateTimeOffset? expiresAt = null,
        DateTimeOffset? dataAccessExpiresAt = null,
        DateTimeOffset? issuedAt = null,
        IEnumerable<string>? scopes = null,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>>? granularScopes = null,
        string? userId = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(new PartnerDebugTokenWire
        {
            Data = new PartnerTokenDataWire
            {
                AppId = appId,
                IsValid = isValid,
                Type = type,
                Application = application,
                ExpiresAt = expiresAt?.ToUnixTimeSeconds() ?? 0,
                DataAccessExpiresAt = dataAccessExpiresAt?.ToUnixTimeSeconds() ?? 0,
                IssuedAt = issuedAt?.ToUnixTimeSeconds(),
                Scopes = scopes is null ? null : [.. scopes],
                GranularScopes = granularScopes is null ? null : [.. granularScopes.Select(static s => new PartnerGranularScopeWire { Scope = s.Key, TargetIds = [.. s.Value] })],
                UserId = userId,
            },
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.BusinessPortfolio"/>.</summary>
    /// <param name="id">The business id (<c>id</c>).</param>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="timezoneId">The time zone (<c>timezone_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BusinessPortfolio BusinessPortfolio(string id, string? name = null, long? timezoneId = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerBusinessPortfolioWire { Id = id, Name = name, TimezoneId = timezoneId }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.ClientBusiness"/>, an item of <see cref="IPartnerAccountsClient.ListConnectedClientBusinessesAsync"/>.</summary>
    /// <param name="id">The business id (<c>id</c>).</param>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="verificationStatus">The verification status (<c>verification_status</c>).</param>
    /// <param name="businessStatus">The status (<c>business_status</c>).</param>
    /// <param name="createdTime">The creation time (<c>created_time</c>).</param>
    /// <param name="updatedTime">The last change (<c>updated_time</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static ClientBusiness ClientBusiness(
        string id, string? name = null, string? verificationStatus = null, string? businessStatus = null, DateTimeOffset? createdTime = null,
        DateTimeOffset? updatedTime = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerClientBusinessWire
        {
            Id = id, Name = name, VerificationStatus = verificationStatus, BusinessStatus = businessStatus, CreatedTime = createdTime, UpdatedTime = updatedTime,
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Partners.AssignedBusinessAccount"/>, an item of <see cref="IPartnerAccountsClient.ListAssignedBusinessAccountsAsync"/>.</summary>
    /// <param name="id">The WABA id (<c>id</c>).</param>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="assignmentDate">The assignment date (<c>assignment_date</c>).</param>
    /// <param name="permissions">The permissions (<c>permissions</c>).</param>
    /// <param name="businessId">The owning business (<c>business_id</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static AssignedBusinessAccount AssignedBusinessAccount(
        string id, string? name = null, string? status = null, DateTimeOffset? assignmentDate = null, IEnumerable<BusinessAccountTask>? permissions = null,
        string? businessId = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerAssignedAccountWire
        {
            Id = id, Name = name, Status = status, AssignmentDate = assignmentDate, Permissions = permissions?.Select(static p => p.Value).ToList(), BusinessId = businessId,
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Partners.AssignedUser"/>, an item of <see cref="IPartnerAccountsClient.ListAssignedUsersAsync"/>.</summary>
    /// <param name="id">The user id (<c>id</c>).</param>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="userType">The kind (<c>user_type</c>).</param>
    /// <param name="businessId">The business's id (<c>business.id</c>).</param>
    /// <param name="businessName">The business's name (<c>business.name</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static AssignedUser AssignedUser(
        string id, string? name = null, string? userType = null, string? businessId = null, string? businessName = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerAssignedUserWire
        {
            Id = id, Name = name, UserType = userType, Business = businessId is null ? null : new PartnerNamedObjectWire { Id = businessId, Name = businessName },
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Partners.OnBehalfRequest"/>, an item of <see cref="IPartnerAccountsClient.ListOnBehalfRequestsAsync"/>.</summary>
    /// <param name="id">The request id (<c>id</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="businessOwnedObject">The object (<c>business_owned_object</c>).</param>
    /// <param name="receivingBusinessId">The receiving business (<c>receiving_business.id</c>).</param>
    /// <param name="requestingBusinessId">The requesting business (<c>requesting_business.id</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static OnBehalfRequest OnBehalfRequest(
        string id, string? status = null, string? businessOwnedObject = null, string? receivingBusinessId = null, string? requestingBusinessId = null,
        JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerOnBehalfRequestWire
        {
            Id = id, Status = status, BusinessOwnedObject = businessOwnedObject,
            ReceivingBusiness = receivingBusinessId is null ? null : new PartnerNamedObjectWire { Id = receivingBusinessId },
            RequestingBusiness = requestingBusinessId is null ? null : new PartnerNamedObjectWire { Id = requestingBusinessId },
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.CreditLine"/>, an item of <see cref="IPartnerAccountsClient.ListCreditLinesAsync"/>.</summary>
    /// <param name="id">The credit line id (<c>id</c>).</param>
    /// <param name="legalEntityName">The legal entity (<c>legal_entity_name</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CreditLine CreditLine(string id, string? legalEntityName = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerCreditLineWire { Id = id, LegalEntityName = legalEntityName }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.Solution"/>.</summary>
    /// <param name="id">The solution id (<c>id</c>).</param>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="statusForPendingRequest">The pending request's status (<c>status_for_pending_request</c>).</param>
    /// <param name="ownerAppId">The owner app (<c>owner_app.id</c>).</param>
    /// <param name="ownerPermissions">The owner's permissions (<c>owner_permissions</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static Solution Solution(
        string id, string? name = null, string? status = null, string? statusForPendingRequest = null, string? ownerAppId = null,
        IEnumerable<BusinessAccountTask>? ownerPermissions = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerSolutionWire
        {
            Id = id, Name = name, Status = status, StatusForPendingRequest = statusForPendingRequest,
            OwnerApp = ownerAppId is null ? null : new PartnerNamedObjectWire { Id = ownerAppId },
            OwnerPermissions = ownerPermissions?.Select(static p => p.Value).ToList(),
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.CreatedSolution"/>.</summary>
    /// <param name="solutionId">The id (<c>solution_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CreatedSolution CreatedSolution(string solutionId, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerCreatedSolutionWire { SolutionId = solutionId }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.SolutionAccessToken"/>.</summary>
    /// <param name="accessToken">The token (<c>access_token</c>).</param>
    /// <param name="expiresAt">The expiry (<c>expires_at</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static SolutionAccessToken SolutionAccessToken(string accessToken, DateTimeOffset? expiresAt = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerSolutionTokenWire { AccessToken = accessToken, ExpiresAt = expiresAt?.ToUnixTimeSeconds() }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.SolutionAcceptance"/>.</summary>
    /// <param name="solutionId">The solution (<c>solution_id</c>).</param>
    /// <param name="partnerStatus">The partner's status (<c>partner_status</c>).</param>
    /// <param name="success">Whether it was taken (<c>success</c>).</param>
    /// <param name="message">The message (<c>message</c>).</param>
    /// <param name="updateTime">The change time (<c>update_time</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static SolutionAcceptance SolutionAcceptance(
        string solutionId, string? partnerStatus = null, bool success = true, string? message = null, DateTimeOffset? updateTime = null,
        JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerSolutionAcceptanceWire { SolutionId = solutionId, PartnerStatus = partnerStatus, Success = success, Message = message, UpdateTime = updateTime },
            GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.SolutionRejection"/>.</summary>
    /// <param name="solutionId">The solution (<c>solution_id</c>).</param>
    /// <param name="rejectedRequestType">What was rejected (<c>rejected_request_type</c>).</param>
    /// <param name="success">Whether it was taken (<c>success</c>).</param>
    /// <param name="rejectionTimestamp">When (<c>rejection_timestamp</c>).</param>
    /// <param name="partnerAppId">The partner app (<c>partner_app_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static SolutionRejection SolutionRejection(
        string solutionId, SolutionRequestType? rejectedRequestType = null, bool success = true, DateTimeOffset? rejectionTimestamp = null, string? partnerAppId = null,
        JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerSolutionRejectionWire
        {
            SolutionId = solutionId, RejectedRequestType = rejectedRequestType?.Value, Success = success, RejectionTimestamp = rejectionTimestamp, PartnerAppId = partnerAppId,
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.DeactivationRequestResult"/>.</summary>
    /// <param name="requestId">The request id (<c>request_id</c>).</param>
    /// <param name="success">Whether it was submitted (<c>success</c>).</param>
    /// <param name="message">The message (<c>message</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static DeactivationRequestResult DeactivationRequestResult(
        string? requestId = null, bool success = true, string? message = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerDeactivationRequestWire { RequestId = requestId, Success = success, Message = message }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.PreverifiedNumber"/>, an item of <see cref="IPreverifiedNumbersClient.ListAsync"/>.</summary>
    /// <param name="id">The id (<c>id</c>).</param>
    /// <param name="displayPhoneNumber">The number (<c>display_phone_number</c>).</param>
    /// <param name="verificationStatus">The verification status (<c>verification_status</c>).</param>
    /// <param name="availabilityStatus">The availability (<c>availability_status</c>).</param>
    /// <param name="countryPrefix">The calling code (<c>country_prefix</c>).</param>
    /// <param name="countryCode">The country (<c>country_code</c>).</param>
    /// <param name="supportedFeatures">The features (<c>supported_features</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static PreverifiedNumber PreverifiedNumber(
        string id, string? displayPhoneNumber = null, string? verificationStatus = null, string? availabilityStatus = null, int? countryPrefix = null,
        string? countryCode = null, IEnumerable<string>? supportedFeatures = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerPreverifiedNumberWire
        {
            Id = id, DisplayPhoneNumber = displayPhoneNumber, VerificationStatus = verificationStatus, AvailabilityStatus = availabilityStatus,
            CountryPrefix = countryPrefix, CountryCode = countryCode, SupportedFeatures = supportedFeatures?.ToList(),
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.PreverifiedNumberCheck"/>.</summary>
    /// <param name="isInputIdValid">Whether the id is valid (<c>is_input_id_valid</c>).</param>
    /// <param name="id">The id (<c>id</c>).</param>
    /// <param name="displayPhoneNumber">The number (<c>display_phone_number</c>).</param>
    /// <param name="countryPrefix">The calling code (<c>country_prefix</c>).</param>
    /// <param name="errorMessage">Why not valid (<c>error_msg</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static PreverifiedNumberCheck PreverifiedNumberCheck(
        bool isInputIdValid, string? id = null, string? displayPhoneNumber = null, int? countryPrefix = null, string? errorMessage = null,
        JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerPreverifiedNumberCheckWire
        {
            IsInputIdValid = isInputIdValid, Id = id, DisplayPhoneNumber = displayPhoneNumber, CountryPrefix = countryPrefix, ErrorMsg = errorMessage,
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.PreverifiedNumberPartner"/>, an item of <see cref="IPreverifiedNumbersClient.ListPartnersAsync"/>.</summary>
    /// <param name="id">The business id (<c>id</c>).</param>
    /// <param name="name">The name (<c>name</c>).</param>
    /// <param name="verificationStatus">The verification status (<c>verification_status</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static PreverifiedNumberPartner PreverifiedNumberPartner(
        string id, string? name = null, string? verificationStatus = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerNumberPartnerWire { Id = id, Name = name, VerificationStatus = verificationStatus }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.MigrationIntent"/>.</summary>
    /// <param name="id">The id (<c>id</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MigrationIntent MigrationIntent(string id, string? status = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerMigrationIntentWire { Id = id, Status = status }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.SolutionMigrationIntentResult"/>.</summary>
    /// <param name="migrationIntentId">The id (<c>migration_intent_id</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="success">Whether it was taken (<c>success</c>).</param>
    /// <param name="estimatedCompletionTime">The estimate (<c>estimated_completion_time</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static SolutionMigrationIntentResult SolutionMigrationIntentResult(
        string migrationIntentId, string? status = null, bool success = true, DateTimeOffset? estimatedCompletionTime = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerSolutionMigrationWire { MigrationIntentId = migrationIntentId, Status = status, Success = success, EstimatedCompletionTime = estimatedCompletionTime },
            GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Partners.OboMobilityIntentResult"/>.</summary>
    /// <param name="mobilityIntentId">The id (<c>mobility_intent_id</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="success">Whether it was taken (<c>success</c>).</param>
    /// <param name="estimatedCompletionTime">The estimate (<c>estimated_completion_time</c>).</param>
    /// <param name="approvalRequired">Whether approval is needed (<c>approval_required</c>).</param>
    /// <param name="nextSteps">What comes next (<c>next_steps</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static OboMobilityIntentResult OboMobilityIntentResult(
        string mobilityIntentId, string? status = null, bool success = true, DateTimeOffset? estimatedCompletionTime = null, bool? approvalRequired = null,
        IEnumerable<string>? nextSteps = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerOboIntentCreatedWire
        {
            MobilityIntentId = mobilityIntentId, Status = status, Success = success, EstimatedCompletionTime = estimatedCompletionTime,
            ApprovalRequired = approvalRequired, NextSteps = nextSteps?.ToList(),
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Partners.OboMobilityIntent"/>.</summary>
    /// <param name="id">The id (<c>id</c>).</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="businessAccountId">The account (<c>waba.id</c>).</param>
    /// <param name="solutionId">The solution (<c>solution.id</c>).</param>
    /// <param name="createdTime">The creation time (<c>created_time</c>).</param>
    /// <param name="updatedTime">The last change (<c>updated_time</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static OboMobilityIntent OboMobilityIntent(
        string id, string? status = null, string? businessAccountId = null, string? solutionId = null, DateTimeOffset? createdTime = null,
        DateTimeOffset? updatedTime = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerOboIntentWire
        {
            Id = id, Status = status, CreatedTime = createdTime, UpdatedTime = updatedTime,
            Waba = businessAccountId is null ? null : new PartnerNamedObjectWire { Id = businessAccountId },
            Solution = solutionId is null ? null : new PartnerSolutionWire { Id = solutionId },
        }, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Partners.SetOboMobilityIntentResult"/>.</summary>
    /// <param name="success">Whether it was set (<c>success</c>).</param>
    /// <param name="intentId">The id (<c>intent_id</c>).</param>
    /// <param name="clientMutationId">The echoed id (<c>client_mutation_id</c>).</param>
    /// <param name="errorMessage">Why not (<c>error_msg</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static SetOboMobilityIntentResult SetOboMobilityIntentResult(
        bool success, string? intentId = null, string? clientMutationId = null, string? errorMessage = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(new PartnerSetOboIntentWire { Success = success, IntentId = intentId, ClientMutationId = clientMutationId, ErrorMsg = errorMessage },
            GraphSource.ForModel(rawJson, response));
}
