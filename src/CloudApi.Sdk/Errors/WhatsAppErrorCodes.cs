namespace CloudApi.Sdk;

/// <summary>Well-known Graph and Cloud API error codes (<see cref="GraphError.Code"/>).</summary>
public static class WhatsAppErrorCodes
{
    /// <summary>0: the access token expired or was invalidated.</summary>
    public const int AuthException = 0;

    /// <summary>1: unknown API error; possibly a server error.</summary>
    public const int ApiUnknown = 1;

    /// <summary>2: temporary downtime or overload.</summary>
    public const int ApiService = 2;

    /// <summary>3: capability or permission issue.</summary>
    public const int ApiMethod = 3;

    /// <summary>4: too many API calls from the app (app-level rate limit).</summary>
    public const int TooManyCalls = 4;

    /// <summary>10: permission denied or not granted.</summary>
    public const int PermissionDenied = 10;

    /// <summary>33: a parameter value is not valid because the business phone number was deleted. Not retryable.</summary>
    public const int PhoneNumberDeleted = 33;

    /// <summary>100: invalid parameter.</summary>
    public const int InvalidParameter = 100;

    /// <summary>190: the access token expired or is invalid.</summary>
    public const int AccessTokenExpired = 190;

    /// <summary>368: temporarily blocked for policy violations.</summary>
    public const int TemporarilyBlocked = 368;

    /// <summary>80007: the WhatsApp Business Account's rate limit was reached.</summary>
    public const int BusinessAccountRateLimit = 80007;

    /// <summary>130429: the business number's throughput (messages per second) was exceeded.</summary>
    public const int ThroughputLimit = 130429;

    /// <summary>130472: the user's number is part of a Meta marketing experiment; the message was not sent. Not retryable.</summary>
    public const int UserInExperiment = 130472;

    /// <summary>130497: the business account is restricted from messaging users in this country. Not retryable.</summary>
    public const int CountryRestricted = 130497;

    /// <summary>131000: something went wrong on Meta's side.</summary>
    public const int SomethingWentWrong = 131000;

    /// <summary>131005: access denied (a permission is missing or was removed). Not retryable: grant the permission.</summary>
    public const int AccessDenied = 131005;

    /// <summary>131008: a required parameter is missing.</summary>
    public const int RequiredParameterMissing = 131008;

    /// <summary>131009: a parameter value is not valid.</summary>
    public const int ParameterValueInvalid = 131009;

    /// <summary>131016: service unavailable.</summary>
    public const int ServiceUnavailable = 131016;

    /// <summary>131021: the recipient cannot be the sender.</summary>
    public const int RecipientIsSender = 131021;

    /// <summary>131026: the message is undeliverable.</summary>
    public const int MessageUndeliverable = 131026;

    /// <summary>131030: the recipient is not in the test number's allowed list.</summary>
    public const int RecipientNotAllowed = 131030;

    /// <summary>131031: the business account is locked.</summary>
    public const int AccountLocked = 131031;

    /// <summary>131037: a 555 test or business number needs an approved display name before it can send. Not retryable.</summary>
    public const int DisplayNameRequired = 131037;

    /// <summary>131042: a business eligibility or payment issue.</summary>
    public const int PaymentIssue = 131042;

    /// <summary>131045: incorrect certificate, a number registration problem. Retry only after registering the number again.</summary>
    public const int IncorrectCertificate = 131045;

    /// <summary>131047: more than 24 hours since the user last wrote; only templates may be sent.</summary>
    public const int ReEngagementRequired = 131047;

    /// <summary>131048: spam rate limit; the number is restricted for low quality.</summary>
    public const int SpamRateLimit = 131048;

    /// <summary>131049: Meta chose not to deliver this marketing message.</summary>
    public const int EcosystemEngagement = 131049;

    /// <summary>131050: the user stopped marketing messages.</summary>
    public const int UserStoppedMarketing = 131050;

    /// <summary>131051: unsupported message type.</summary>
    public const int UnsupportedMessageType = 131051;

    /// <summary>131052: inbound media could not be downloaded.</summary>
    public const int MediaDownloadError = 131052;

    /// <summary>131053: media could not be uploaded.</summary>
    public const int MediaUploadError = 131053;

    /// <summary>131056: the (business number, recipient) pair rate limit was hit; retry after 4^X seconds.</summary>
    public const int PairRateLimit = 131056;

    /// <summary>131057: the account is in maintenance mode (e.g. a throughput upgrade).</summary>
    public const int AccountInMaintenance = 131057;

    /// <summary>
    /// 131062: business-scoped user id recipients are not supported for this message (e.g. an authentication template
    /// with a one-tap, zero-tap or copy-code button). Not retryable: send it to the user's phone number.
    /// </summary>
    public const int UserIdRecipientNotSupported = 131062;

    /// <summary>131063: marketing templates are disabled on Cloud API for this account (<c>disable_marketing_messages_on_cloud_api</c>). Not retryable through <c>/messages</c>.</summary>
    public const int MarketingOnCloudApiDisabled = 131063;

    /// <summary>131064: a limit was hit because a template was mis-classified; it is lifted after Meta's enforcement ends. Retry later, not with a backoff.</summary>
    public const int TemplateMisclassificationLimit = 131064;

    /// <summary>132000: the template's parameter count does not match.</summary>
    public const int TemplateParameterCountMismatch = 132000;

    /// <summary>132001: the template does not exist in that language or is not approved.</summary>
    public const int TemplateDoesNotExist = 132001;

    /// <summary>132005: the hydrated template text is too long.</summary>
    public const int TemplateTextTooLong = 132005;

    /// <summary>132008: a template parameter value is not valid. Not retryable: fix the parameter.</summary>
    public const int TemplateParameterInvalid = 132008;

    /// <summary>132007: the template's format character policy was violated.</summary>
    public const int TemplateFormatPolicyViolated = 132007;

    /// <summary>132012: a template parameter has the wrong format.</summary>
    public const int TemplateParameterFormatMismatch = 132012;

    /// <summary>132015: the template is paused for low quality.</summary>
    public const int TemplatePaused = 132015;

    /// <summary>132016: the template is permanently disabled.</summary>
    public const int TemplateDisabled = 132016;

    /// <summary>132018: the template's parameters failed Meta's validation. Not retryable: fix the parameters.</summary>
    public const int TemplateParameterValidationError = 132018;

    // --- Flows: sending a flow message (1320xx) and managing flows (1390xx). None is transient: each needs a fix or a wait. ---

    /// <summary>132068: the flow is blocked (its endpoint is unhealthy): fix the endpoint; retrying does not help.</summary>
    public const int FlowBlocked = 132068;

    /// <summary>
    /// 132069: the flow is throttled (its endpoint is unhealthy): at most 10 messages an hour are sent with it; retry in the
    /// next hour, or fix the endpoint.
    /// </summary>
    public const int FlowThrottled = 132069;

    /// <summary>139000: the flow was blocked by Meta's integrity checks: it cannot be published or sent; retrying does not help.</summary>
    public const int FlowBlockedByIntegrity = 139000;

    /// <summary>139001: the flow could not be updated (e.g. a Flow JSON upload to a published flow): fix the request, or clone the flow.</summary>
    public const int FlowUpdatingError = 139001;

    /// <summary>
    /// 139002: the flow could not be published (validation errors, not a draft, an endpoint without a business public
    /// key or not answering): fix it, then publish again.
    /// </summary>
    public const int FlowPublishingError = 139002;

    /// <summary>139003: the flow could not be deprecated (only a published flow can be): not retryable.</summary>
    public const int FlowDeprecatingError = 139003;

    /// <summary>139004: the flow could not be deleted (only a draft can be; deprecate a published flow): not retryable.</summary>
    public const int FlowDeletingError = 139004;

    /// <summary>133004: server temporarily unavailable.</summary>
    public const int ServerTemporarilyUnavailable = 133004;

    /// <summary>133000: a previous deregistration did not complete. Retry later: deregister again, then register.</summary>
    public const int IncompleteDeregistration = 133000;

    /// <summary>133005: the two-step verification PIN does not match.</summary>
    public const int TwoStepPinMismatch = 133005;

    /// <summary>133006: the number must be verified (again) before it can be registered. Not retryable: request and verify a code first.</summary>
    public const int PhoneNumberVerificationRequired = 133006;

    /// <summary>133008: too many two-step PIN guesses. Retry later, after the wait given in <c>error_data.details</c>.</summary>
    public const int TooManyPinGuesses = 133008;

    /// <summary>133009: two-step PIN guessed too fast. Retry later, after the wait given in <c>error_data.details</c>.</summary>
    public const int PinGuessedTooFast = 133009;

    /// <summary>133010: the phone number is not registered.</summary>
    public const int PhoneNumberNotRegistered = 133010;

    /// <summary>133015: the number was deleted recently and its deletion is still pending. Retry later, after about 5 minutes.</summary>
    public const int PhoneNumberDeletionPending = 133015;

    /// <summary>133016: too many register/deregister attempts (10 per 72 hours).</summary>
    public const int RegistrationAttemptLimit = 133016;

    /// <summary>134011: the WhatsApp Payments terms of service were not accepted. Not retryable.</summary>
    public const int PaymentsTermsNotAccepted = 134011;

    /// <summary>135000: generic user error in the request parameters.</summary>
    public const int GenericUserError = 135000;

    /// <summary>
    /// 137000: the <c>recipient_identity_key_hash</c> sent does not match the user's current identity (their identity
    /// changed). Not retryable as is: re-verify the user, then send without the hash or with the new one.
    /// </summary>
    public const int IdentityKeyHashMismatch = 137000;

    /// <summary>139100: some or all users of a block or unblock call were refused (the answer lists them).</summary>
    public const int BlockUsersFailed = 139100;

    /// <summary>139101: the number's block list is full (64,000 users).</summary>
    public const int BlockListFull = 139101;

    /// <summary>139102: the block list changed while it was being paged.</summary>
    public const int BlockListConcurrentUpdate = 139102;

    /// <summary>139103: an internal error of the block list; retry later.</summary>
    public const int BlockListInternalError = 139103;

    // --- Marketing Messages API (POST /{phone-number-id}/marketing_messages) and resumable uploads ---

    /// <summary>131055: the Marketing Messages API refused a message that is not a marketing template message. Not retryable: send it through <c>/messages</c>.</summary>
    public const int MarketingMessagesUnsupportedMessage = 131055;

    /// <summary>134100: the Marketing Messages API accepts marketing templates only; this template has another category. Not retryable.</summary>
    public const int MarketingMessagesNonMarketingTemplate = 134100;

    /// <summary>134101: the template is still syncing to the Marketing Messages API (up to about 10 minutes after approval). Retry later, after ~10 minutes; not a backoff retry.</summary>
    public const int MarketingMessagesTemplateSyncing = 134101;

    /// <summary>134102: the Marketing Messages API is unavailable for this account (not onboarded, or not offered). Not retryable: onboard first, or send through <c>/messages</c>.</summary>
    public const int MarketingMessagesUnavailable = 134102;

    /// <summary>1752041: the business is already onboarded (or has a pending request) to the Marketing Messages API. Not retryable; nothing to do.</summary>
    public const int MarketingMessagesDuplicateOnboarding = 1752041;

    /// <summary>
    /// 2388273: a template's media header example is not a valid file handle; Meta sends it as the <see cref="GraphError.Subcode"/>
    /// of code 100. Upload the example with the Resumable Upload API (<c>IWhatsAppClient.Uploads</c>) and pass its handle.
    /// </summary>
    public const int TemplateInvalidHeaderHandle = 2388273;

    // --- Template creation (2388xxx, usually the subcode of code 100); none is retryable: fix the template. ---

    /// <summary>2388019: the business account has reached its template count limit. Not retryable: delete templates first.</summary>
    public const int TemplateCountLimit = 2388019;

    /// <summary>2388040: a template field exceeds its character limit. Not retryable.</summary>
    public const int TemplateCharacterLimit = 2388040;

    /// <summary>2388047: the template header's format is not valid. Not retryable.</summary>
    public const int TemplateHeaderFormatInvalid = 2388047;

    /// <summary>2388072: the template body's format is not valid. Not retryable.</summary>
    public const int TemplateBodyFormatInvalid = 2388072;

    /// <summary>2388073: the template footer's format is not valid. Not retryable.</summary>
    public const int TemplateFooterFormatInvalid = 2388073;

    /// <summary>2388293: the template has too many variables for its length. Not retryable.</summary>
    public const int TemplateTooManyVariables = 2388293;

    /// <summary>2388299: a template variable is at the start or the end of the text. Not retryable.</summary>
    public const int TemplateVariableAtEdge = 2388299;

    /// <summary>2494100: the number is in maintenance mode. Transient: retry after a few minutes.</summary>
    public const int NumberInMaintenance = 2494100;

    /// <summary>
    /// Whether <paramref name="code"/> is a refusal by which the Marketing Messages API says it did not take the message
    /// (131055, 134100, 134101, 134102), even when Meta answers it with a 5xx status: such a send did not happen.
    /// </summary>
    /// <param name="code">A Graph error code.</param>
    /// <returns><see langword="true"/> for one of the four codes.</returns>
    public static bool IsMarketingMessagesRefusal(int code) =>
        code is MarketingMessagesUnsupportedMessage or MarketingMessagesNonMarketingTemplate or MarketingMessagesTemplateSyncing or MarketingMessagesUnavailable;

    /// <summary>Whether <paramref name="code"/> is one of the throttling codes: 4, 80007, 130429, 131056.</summary>
    /// <param name="code">A Graph error code.</param>
    /// <returns><see langword="true"/> for a rate-limit code.</returns>
    public static bool IsRateLimit(int code) =>
        code is TooManyCalls or BusinessAccountRateLimit or ThroughputLimit or PairRateLimit;

    /// <summary>Whether Meta documents <paramref name="code"/> as transient (worth a retry with backoff).</summary>
    /// <param name="code">A Graph error code.</param>
    /// <returns><see langword="true"/> for a transient code.</returns>
    public static bool IsTransient(int code) =>
        code is ApiService or ThroughputLimit or SomethingWentWrong or ServiceUnavailable or AccountInMaintenance
            or ServerTemporarilyUnavailable or NumberInMaintenance;

    /// <summary>
    /// Whether <paramref name="code"/> is one of the phone number migration errors (2388001, 2388012, 2388091, 2388093,
    /// 2388103). None is retryable: fix the migration's preconditions, then start it again.
    /// </summary>
    /// <param name="code">A Graph error code (or subcode).</param>
    /// <returns><see langword="true"/> for a migration code.</returns>
    public static bool IsNumberMigrationError(int code) => code is 2388001 or 2388012 or 2388091 or 2388093 or 2388103;

    /// <summary>
    /// Whether <paramref name="code"/> refuses a call for a state, not a fault: a coexistence (WhatsApp Business app)
    /// synchronization limit (2593107, 2593108) or a template-analytics state (200005 to 200007, e.g. analytics not
    /// enabled). Not retryable until the state changes.
    /// </summary>
    /// <param name="code">A Graph error code.</param>
    /// <returns><see langword="true"/> for one of those codes.</returns>
    public static bool IsStateRefusal(int code) => code is 2593107 or 2593108 or (>= 200005 and <= 200007);

    /// <summary>Whether <paramref name="code"/> is a flow error: 132068, 132069 or 139000 to 139099.</summary>
    /// <param name="code">A Graph error code.</param>
    /// <returns><see langword="true"/> for a flow code.</returns>
    public static bool IsFlowError(int code) => code is FlowBlocked or FlowThrottled or (>= 139000 and <= 139099);

    // Groups API

    /// <summary>131020: a send to a group whose only member is the business ("Bad group"). Not retryable until a participant joins.</summary>
    public const int GroupSingleMember = 131020;

    /// <summary>
    /// 131041: the group does not exist, or the business number is not in it ("Group unknown"). Not retryable: check the
    /// group id and that the group was not deleted.
    /// </summary>
    public const int GroupUnknown = 131041;

    /// <summary>131059: the paging cursor expired or is corrupted. Not retryable with the same cursor: restart the list from the first page.</summary>
    public const int GroupInvalidCursor = 131059;

    /// <summary>
    /// 131201: some participant-level operations succeeded and some did not (HTTP 206). Not an error of the call: the SDK
    /// returns the outcome of each participant; retry only the failed ones, after fixing their own error.
    /// </summary>
    public const int GroupRequestPartiallySucceeded = 131201;

    /// <summary>131202: a participant appears more than once in the request. Not retryable as is: send each participant once.</summary>
    public const int GroupDuplicateParticipant = 131202;

    /// <summary>131204: the group would exceed its participant limit (8). Not retryable until participants leave or are removed.</summary>
    public const int GroupParticipantOverLimit = 131204;

    /// <summary>131207: the group is suspended for violating platform policies (HTTP 403). Not retryable.</summary>
    public const int GroupSuspended = 131207;

    /// <summary>131208: too many group operations from this number in a short period (HTTP 429). Retryable later, with backoff.</summary>
    public const int GroupRateLimit = 131208;

    /// <summary>131209: the group profile picture is not square (width must equal height). Not retryable with the same picture.</summary>
    public const int GroupPictureNotSquare = 131209;

    /// <summary>131210: the group profile picture is too small (at least 192 by 192 pixels). Not retryable with the same picture.</summary>
    public const int GroupPictureTooSmall = 131210;

    /// <summary>131211: the number reached its limit of groups (10,000 per business number). Not retryable until groups are deleted.</summary>
    public const int GroupCreateLimitReached = 131211;

    /// <summary>131212: the participant is not in the group (a remove of someone who is not a member). Not retryable for that participant.</summary>
    public const int GroupParticipantNotInGroup = 131212;
    // Calling API

    /// <summary>138000: calling is not enabled on the business number. Not retryable: enable it in the number's settings (<c>calling.status</c>).</summary>
    public const int CallingNotEnabled = 138000;

    /// <summary>138001: the receiver cannot be called (not a WhatsApp user, terms not accepted, or a client without calling). Not retryable.</summary>
    public const int CallReceiverUncallable = 138001;

    /// <summary>138002: the number reached its limit of concurrent calls (1,000). Retry later, once calls have ended.</summary>
    public const int CallConcurrencyLimit = 138002;

    /// <summary>138003: a call with this user is already ongoing. Retry only after it ended (its terminate webhook).</summary>
    public const int CallDuplicate = 138003;

    /// <summary>138004: Meta failed to connect the call. Retry later; check the parameters (the SDP) if it repeats.</summary>
    public const int CallConnectionError = 138004;

    /// <summary>138005: the number reached the rate of calls it may start. Retry later, with backoff.</summary>
    public const int CallRateLimit = 138005;

    /// <summary>138006: the user has not granted the business call permission. Not retryable: send a call-permission request first.</summary>
    public const int CallPermissionMissing = 138006;

    /// <summary>138007: the call timed out connecting (the business did not accept or apply the SDP in time). Not retryable: the call is gone.</summary>
    public const int CallConnectionTimeout = 138007;

    /// <summary>138009: the business reached the limit of call-permission requests to this user. Retry later (when the limit's window resets; a connected call resets it).</summary>
    public const int CallPermissionRequestLimit = 138009;

    /// <summary>
    /// 138012: the business reached the limit of connected business-initiated calls to this user (5 per 24 hours). Retry
    /// later: the error's <c>error_data</c> says when the next call is allowed.
    /// </summary>
    public const int CallLimitReached = 138012;

    /// <summary>138013: the call-permission check is rate-limited (Meta also answers code 4, subcode 2390008). Retry later, with backoff.</summary>
    public const int CallPermissionCheckRateLimit = 138013;

    /// <summary>138018: calling cannot be enabled: its prerequisites are missing (SIP configured, or an app subscribed to the <c>calls</c> webhook field). Not retryable until they are met.</summary>
    public const int CallingPrerequisitesMissing = 138018;

    /// <summary>131044: a payment issue on the account, as the Calling API reports it. Retry later, once the payment method is fixed.</summary>
    public const int CallingPaymentIssue = 131044;
}
