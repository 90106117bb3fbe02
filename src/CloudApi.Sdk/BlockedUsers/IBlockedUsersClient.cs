namespace CloudApi.Sdk.BlockedUsers;

/// <summary>
/// Blocks and unblocks WhatsApp users on a business phone number, and lists the blocked ones. A blocked user cannot message
/// the number, nor be messaged from it. Meta lets a business block only
/// users who messaged it in the last 24 hours, and keeps at most <see cref="BlockUsersRequest.MaxBlockListSize"/> users
/// blocked per number. Calls default to <see cref="WhatsAppOptions.PhoneNumberId"/>.
/// </summary>
public interface IBlockedUsersClient
{
    /// <summary>
    /// Lists the users blocked on the number (<c>GET /{phone-number-id}/block_users</c>), following cursor paging lazily:
    /// enumerate the users, or <see cref="GraphPageable{T}.AsPages"/> for pages and their continuation token.
    /// </summary>
    /// <param name="options">The number and page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The blocked users; each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The page size is out of range or no number is configured; nothing was sent.</exception>
    GraphPageable<BlockedUser> ListAsync(BlockedUserListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Blocks users (<c>POST /{phone-number-id}/block_users</c>). When Meta blocks some and refuses others it answers error
    /// 139100 with the outcome of each user: that answer is returned, not thrown, with the refused users in
    /// <see cref="BlockUsersResult.FailedUsers"/>.
    /// </summary>
    /// <param name="request">The users, by phone number or WhatsApp id.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users blocked and the users refused.</returns>
    /// <exception cref="WhatsAppApiException">Meta refused the call as a whole (e.g. <see cref="WhatsAppErrorCodes.BlockListFull"/>).</exception>
    Task<BlockUsersResult> BlockAsync(BlockUsersRequest request, BlockedUsersRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unblocks users (<c>DELETE /{phone-number-id}/block_users</c>); a partial failure is returned as for
    /// <see cref="BlockAsync"/>.
    /// </summary>
    /// <param name="request">The users, by phone number or WhatsApp id.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users unblocked and the users refused.</returns>
    /// <exception cref="WhatsAppApiException">Meta refused the call as a whole.</exception>
    Task<BlockUsersResult> UnblockAsync(BlockUsersRequest request, BlockedUsersRequestOptions? options = null, CancellationToken cancellationToken = default);
}
