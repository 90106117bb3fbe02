using System.Text.Json;
using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the block-list calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="BlockedUsers.BlockedUser"/>, an item of <see cref="IBlockedUsersClient.ListAsync"/>.</summary>
    /// <param name="waId">The user's WhatsApp id (<c>wa_id</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BlockedUser BlockedUser(string waId, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(waId, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="BlockedUsers.BlockUsersResult"/> as <see cref="IBlockedUsersClient.BlockAsync"/> would answer it.</summary>
    /// <param name="changedUsers">The users blocked or unblocked. Defaults to empty.</param>
    /// <param name="failedUsers">The users refused. Defaults to empty.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BlockUsersResult BlockUsersResult(
        IEnumerable<BlockedUserChange>? changedUsers = null, IEnumerable<BlockUserFailure>? failedUsers = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(changedUsers is null ? [] : [.. changedUsers], failedUsers is null ? [] : [.. failedUsers], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="BlockedUsers.BlockedUserChange"/>.</summary>
    /// <param name="input">The user as the request named them (<c>input</c>).</param>
    /// <param name="waId">The WhatsApp id (<c>wa_id</c>).</param>
    /// <returns>The value.</returns>
    public static BlockedUserChange BlockedUserChange(string input, string? waId = null) => new(input, waId);

    /// <summary>Builds a <see cref="BlockedUsers.BlockUserFailure"/>.</summary>
    /// <param name="input">The user as the request named them (<c>input</c>).</param>
    /// <param name="waId">The WhatsApp id (<c>wa_id</c>).</param>
    /// <param name="errors">The reasons (<c>errors</c>). Defaults to empty.</param>
    /// <returns>The value.</returns>
    public static BlockUserFailure BlockUserFailure(string input, string? waId = null, IEnumerable<BlockUserError>? errors = null) =>
        new(input, waId, errors is null ? [] : [.. errors]);

    /// <summary>Builds a <see cref="BlockedUsers.BlockUserError"/>.</summary>
    /// <param name="code">The error code (<c>code</c>).</param>
    /// <param name="message">Meta's message (<c>message</c>).</param>
    /// <param name="details">The details (<c>error_data.details</c>).</param>
    /// <returns>The value.</returns>
    public static BlockUserError BlockUserError(int code, string? message = null, string? details = null) => new(code, message, details);
}
