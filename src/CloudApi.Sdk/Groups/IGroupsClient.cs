namespace CloudApi.Sdk.Groups;

/// <summary>
/// The Groups API: groups of up to <see cref="GroupLimits.MaxParticipants"/> WhatsApp users and one business number, which the
/// business creates, invites users to (an invite link, optionally with join requests to approve), manages and sends messages to
/// (<c>recipient_type</c> <c>group</c>). Open to Official Business Accounts; not to WhatsApp Business app (coexistence) numbers.
/// Meta reports the outcome of creations and changes in the <c>group_*</c> webhooks
/// (<see cref="Webhooks.GroupEvent"/>). Creation defaults to <see cref="WhatsAppOptions.PhoneNumberId"/>; the other calls
/// address a group by its id. Every call is checked before it is sent.
/// </summary>
public interface IGroupsClient
{
    /// <summary>
    /// Creates a group (<c>POST /{phone-number-id}/groups</c>). Meta creates it asynchronously: the answer holds only the
    /// request id; the group id and its invite link arrive in a <c>group_lifecycle_update</c> webhook
    /// (<see cref="Webhooks.GroupLifecycleUpdate"/>, type <c>group_create</c>) with the same request id.
    /// </summary>
    /// <param name="request">The subject, description and join approval mode.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The creation request's id.</returns>
    /// <exception cref="WhatsAppValidationException">No number is configured; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused, e.g. <see cref="WhatsAppErrorCodes.GroupCreateLimitReached"/>.</exception>
    Task<GroupCreateResult> CreateAsync(CreateGroupRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the number's active groups (<c>GET /{phone-number-id}/groups</c>), following cursor paging lazily: enumerate the
    /// groups, or <see cref="GraphPageable{T}.AsPages"/> for pages and their continuation token. A cursor Meta no longer
    /// accepts answers <see cref="WhatsAppErrorCodes.GroupInvalidCursor"/>: start again from the first page.
    /// </summary>
    /// <param name="options">The number and page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The groups; each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">No number is configured; nothing was sent.</exception>
    GraphPageable<ActiveGroup> ListAsync(GroupListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a group's metadata (<c>GET /{group-id}?fields=...</c>).</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="options">The fields; <see langword="null"/> for every field <see cref="GroupInfo"/> models.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused, e.g. <see cref="WhatsAppErrorCodes.GroupUnknown"/>.</exception>
    Task<GroupInfo> GetAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a group's subject, description or profile picture (<c>POST /{group-id}</c>); Meta reports the outcome of each
    /// change in a <c>group_settings_update</c> webhook (<see cref="Webhooks.GroupSettingsUpdate"/>).
    /// </summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="request">What to change.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta took the change.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed or the request changes nothing; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused, e.g. <see cref="WhatsAppErrorCodes.GroupPictureNotSquare"/>.</exception>
    Task UpdateSettingsAsync(string groupId, UpdateGroupSettingsRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a group and removes every participant, the business included (<c>DELETE /{group-id}</c>).</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused, e.g. <see cref="WhatsAppErrorCodes.GroupUnknown"/>.</exception>
    Task DeleteAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a new invite link for a group (<c>POST /{group-id}/invite_link</c>); the previous link stops working.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new link.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused.</exception>
    Task<GroupInviteLink> CreateInviteLinkAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a group's invite link (<c>DELETE /{group-id}/invite_link</c>): nobody can join until a new one is created.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused.</exception>
    Task DeleteInviteLinkAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists a group's open join requests (<c>GET /{group-id}/join_requests</c>; a group whose join approval mode is
    /// <see cref="GroupJoinApprovalMode.ApprovalRequired"/>), following cursor paging lazily.
    /// </summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The requests; each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    GraphPageable<GroupJoinRequest> ListJoinRequestsAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves join requests (<c>POST /{group-id}/join_requests</c>): the users join the group. Requests Meta could not
    /// approve come back in <see cref="GroupJoinRequestsResult.Failed"/>, not as an exception.
    /// </summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="joinRequestIds">The requests' ids (<see cref="GroupJoinRequest.JoinRequestId"/>): at least one, each once.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The requests approved and the ones that failed.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed or the ids are empty or repeated; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call as a whole.</exception>
    Task<GroupJoinRequestsResult> ApproveJoinRequestsAsync(string groupId, IEnumerable<string> joinRequestIds, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Rejects join requests (<c>DELETE /{group-id}/join_requests</c>); failures are returned as for <see cref="ApproveJoinRequestsAsync"/>.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="joinRequestIds">The requests' ids: at least one, each once.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The requests rejected and the ones that failed.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed or the ids are empty or repeated; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call as a whole.</exception>
    Task<GroupJoinRequestsResult> RejectJoinRequestsAsync(string groupId, IEnumerable<string> joinRequestIds, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds participants to a group (<c>POST /{group-id}/participants</c>). When Meta adds some and refuses others it answers
    /// <see cref="WhatsAppErrorCodes.GroupRequestPartiallySucceeded"/> (131201, HTTP 206): that answer is returned, with each
    /// refused participant's errors in <see cref="GroupParticipantsResult.Participants"/>.
    /// </summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="request">The users, by phone number or WhatsApp id.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome of every participant.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call as a whole, e.g. <see cref="WhatsAppErrorCodes.GroupParticipantOverLimit"/>.</exception>
    Task<GroupParticipantsResult> AddParticipantsAsync(string groupId, GroupParticipantsRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes participants from a group (<c>DELETE /{group-id}/participants</c>); a partial success is returned as for
    /// <see cref="AddParticipantsAsync"/> (e.g. <see cref="WhatsAppErrorCodes.GroupParticipantNotInGroup"/> for one that was not in it).
    /// </summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="request">The users, by phone number or WhatsApp id.</param>
    /// <param name="options">Unused today; <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome of every participant.</returns>
    /// <exception cref="WhatsAppValidationException">The group id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call as a whole.</exception>
    Task<GroupParticipantsResult> RemoveParticipantsAsync(string groupId, GroupParticipantsRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default);
}
