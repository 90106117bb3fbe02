using System.Text.Json;
using CloudApi.Sdk.Groups;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the group calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Groups.GroupCreateResult"/> as <see cref="IGroupsClient.CreateAsync"/> would answer it.</summary>
    /// <param name="requestId">The creation request's id (<c>request_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static GroupCreateResult GroupCreateResult(string requestId, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(requestId, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds an <see cref="Groups.ActiveGroup"/>, an item of <see cref="IGroupsClient.ListAsync"/>.</summary>
    /// <param name="id">The group id (<c>id</c>).</param>
    /// <param name="subject">The subject (<c>subject</c>).</param>
    /// <param name="createdAt">When the group was created (<c>created_at</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static ActiveGroup ActiveGroup(string id, string? subject = null, DateTimeOffset? createdAt = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, subject, createdAt, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Groups.GroupInfo"/> as <see cref="IGroupsClient.GetAsync"/> would answer it.</summary>
    /// <param name="id">The group id (<c>id</c>).</param>
    /// <param name="subject">The subject (<c>subject</c>).</param>
    /// <param name="description">The description (<c>description</c>).</param>
    /// <param name="joinApprovalMode">The join approval mode (<c>join_approval_mode</c>).</param>
    /// <param name="isSuspended">Whether the group is suspended (<c>suspended</c>).</param>
    /// <param name="createdAt">When the group was created (<c>creation_timestamp</c>).</param>
    /// <param name="participants">The participants (<c>participants</c>). Defaults to empty.</param>
    /// <param name="totalParticipantCount">The participant count (<c>total_participant_count</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static GroupInfo GroupInfo(
        string id,
        string? subject = null,
        string? description = null,
        GroupJoinApprovalMode? joinApprovalMode = null,
        bool? isSuspended = null,
        DateTimeOffset? createdAt = null,
        IEnumerable<GroupInfoParticipant>? participants = null,
        long? totalParticipantCount = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, subject, description, joinApprovalMode, isSuspended, createdAt, participants is null ? [] : [.. participants], totalParticipantCount, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Groups.GroupInfoParticipant"/>.</summary>
    /// <param name="waId">The participant's WhatsApp id (<c>wa_id</c>).</param>
    /// <returns>The value.</returns>
    public static GroupInfoParticipant GroupInfoParticipant(string waId) => new(waId);

    /// <summary>Builds a <see cref="Groups.GroupInviteLink"/> as <see cref="IGroupsClient.CreateInviteLinkAsync"/> would answer it.</summary>
    /// <param name="inviteLink">The link (<c>invite_link</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static GroupInviteLink GroupInviteLink(string inviteLink, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(inviteLink, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Groups.GroupJoinRequest"/>, an item of <see cref="IGroupsClient.ListJoinRequestsAsync"/>.</summary>
    /// <param name="joinRequestId">The request's id (<c>join_request_id</c>).</param>
    /// <param name="waId">The user's WhatsApp id (<c>wa_id</c>).</param>
    /// <param name="createdAt">When the user asked (<c>creation_timestamp</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static GroupJoinRequest GroupJoinRequest(string joinRequestId, string? waId = null, DateTimeOffset? createdAt = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(joinRequestId, waId, createdAt, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Groups.GroupJoinRequestsResult"/> as <see cref="IGroupsClient.ApproveJoinRequestsAsync"/> would answer it.</summary>
    /// <param name="succeeded">The ids approved or rejected. Defaults to empty.</param>
    /// <param name="failed">The requests that failed. Defaults to empty.</param>
    /// <param name="errors">The call's errors. Defaults to empty.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static GroupJoinRequestsResult GroupJoinRequestsResult(
        IEnumerable<string>? succeeded = null,
        IEnumerable<GroupJoinRequestFailure>? failed = null,
        IEnumerable<GroupOperationError>? errors = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(succeeded is null ? [] : [.. succeeded], failed is null ? [] : [.. failed], errors is null ? [] : [.. errors], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Groups.GroupJoinRequestFailure"/>.</summary>
    /// <param name="joinRequestId">The request's id (<c>join_request_id</c>).</param>
    /// <param name="errors">The reasons (<c>errors</c>). Defaults to empty.</param>
    /// <returns>The value.</returns>
    public static GroupJoinRequestFailure GroupJoinRequestFailure(string joinRequestId, IEnumerable<GroupOperationError>? errors = null) =>
        new(joinRequestId, errors is null ? [] : [.. errors]);

    /// <summary>Builds a <see cref="Groups.GroupOperationError"/>.</summary>
    /// <param name="code">The error code (<c>code</c>).</param>
    /// <param name="title">The title (<c>title</c>).</param>
    /// <param name="message">The message (<c>message</c>).</param>
    /// <param name="details">The details (<c>error_data.details</c>).</param>
    /// <returns>The value.</returns>
    public static GroupOperationError GroupOperationError(int code, string? title = null, string? message = null, string? details = null) =>
        new(code, title, message, details);

    /// <summary>Builds a <see cref="Groups.GroupParticipantsResult"/> as <see cref="IGroupsClient.AddParticipantsAsync"/> would answer it.</summary>
    /// <param name="participants">The outcome of each participant. Defaults to empty.</param>
    /// <param name="errors">The call's errors. Defaults to empty.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static GroupParticipantsResult GroupParticipantsResult(
        IEnumerable<GroupParticipantOutcome>? participants = null, IEnumerable<GroupOperationError>? errors = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(participants is null ? [] : [.. participants], errors is null ? [] : [.. errors], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Groups.GroupParticipantOutcome"/>.</summary>
    /// <param name="input">The participant as the request named them.</param>
    /// <param name="waId">The WhatsApp id (<c>wa_id</c>).</param>
    /// <param name="errors">Why it failed. Defaults to empty: it succeeded.</param>
    /// <returns>The value.</returns>
    public static GroupParticipantOutcome GroupParticipantOutcome(string input, string? waId = null, IEnumerable<GroupOperationError>? errors = null) =>
        new(input, waId, errors is null ? [] : [.. errors]);
}
