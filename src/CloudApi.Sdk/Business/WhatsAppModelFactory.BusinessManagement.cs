using System.Text.Json;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the account management calls (activities, schedules) for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Business.BusinessAccountActivity"/>, an item of <see cref="IBusinessAccountsClient.ListActivitiesAsync"/>.</summary>
    /// <param name="id">The activity's id (<c>id</c>).</param>
    /// <param name="activityType">What happened (<c>activity_type</c>).</param>
    /// <param name="timestamp">When (<c>timestamp</c>).</param>
    /// <param name="actorType">Who did it (<c>actor_type</c>).</param>
    /// <param name="actorId">The actor's id (<c>actor_id</c>).</param>
    /// <param name="actorName">The actor's name (<c>actor_name</c>).</param>
    /// <param name="details">The details (<c>details</c>).</param>
    /// <param name="ipAddress">The address (<c>ip_address</c>).</param>
    /// <param name="userAgent">The client (<c>user_agent</c>).</param>
    /// <param name="rawJson">The JSON the item was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static BusinessAccountActivity BusinessAccountActivity(
        string id,
        string? activityType = null,
        DateTimeOffset? timestamp = null,
        string? actorType = null,
        string? actorId = null,
        string? actorName = null,
        JsonElement? details = null,
        string? ipAddress = null,
        string? userAgent = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, activityType, timestamp, actorType, actorId, actorName, details, ipAddress, userAgent, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Business.CreateScheduleResult"/>.</summary>
    /// <param name="id">The new schedule's id (<c>id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CreateScheduleResult CreateScheduleResult(string id, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(id, GraphSource.ForModel(rawJson, response));
}
