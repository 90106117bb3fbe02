using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.MessageHistory;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the message-history calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="MessageHistory.MessageHistoryEntry"/>, an item of <see cref="IMessageHistoryClient.ListAsync"/>.</summary>
    /// <param name="id">The history's id (<c>id</c>).</param>
    /// <param name="messageId">The message (<c>message_id</c>).</param>
    /// <param name="events">Its events (<c>events.data</c>). Defaults to empty.</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MessageHistoryEntry MessageHistoryEntry(
        string id, string? messageId = null, IEnumerable<MessageDeliveryEvent>? events = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, messageId, events is null ? [] : [.. events], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="MessageHistory.MessageDeliveryEvent"/>.</summary>
    /// <param name="id">The event's id (<c>id</c>).</param>
    /// <param name="status">The status (<c>delivery_status</c>).</param>
    /// <param name="timestamp">When it happened (<c>timestamp</c>).</param>
    /// <param name="webhookUpdateState">How its webhook went (<c>webhook_update_state</c>).</param>
    /// <param name="applicationId">The app (<c>application.id</c>).</param>
    /// <param name="webhookUri">Where the webhook went (<c>webhook_uri</c>).</param>
    /// <param name="errorDescription">What went wrong (<c>error_description</c>).</param>
    /// <returns>The value.</returns>
    public static MessageDeliveryEvent MessageDeliveryEvent(
        string id,
        DeliveryStatus? status = null,
        DateTimeOffset? timestamp = null,
        string? webhookUpdateState = null,
        string? applicationId = null,
        string? webhookUri = null,
        string? errorDescription = null) =>
        new(id, status, timestamp, webhookUpdateState, applicationId, webhookUri, errorDescription);

    /// <summary>Builds a <see cref="MessageHistory.MessageHistoryEvent"/>, an item of <see cref="IMessageHistoryClient.ListEventsAsync"/>.</summary>
    /// <param name="id">The occurrence's id (<c>node.id</c>).</param>
    /// <param name="status">The status (<c>node.delivery_status</c>).</param>
    /// <param name="occurredAt">When it happened (<c>node.occurrence_timestamp</c>).</param>
    /// <param name="recordedAt">When Meta recorded it (<c>node.status_timestamp</c>).</param>
    /// <param name="errorDescription">What went wrong (<c>node.error_description</c>).</param>
    /// <param name="applicationId">The app (<c>node.application.id</c>).</param>
    /// <param name="applicationName">The app's name (<c>node.application.name</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MessageHistoryEvent MessageHistoryEvent(
        string id,
        DeliveryStatus? status = null,
        DateTimeOffset? occurredAt = null,
        DateTimeOffset? recordedAt = null,
        string? errorDescription = null,
        string? applicationId = null,
        string? applicationName = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, status, occurredAt, recordedAt, errorDescription, applicationId, applicationName, GraphSource.ForModel(rawJson, response));
}
