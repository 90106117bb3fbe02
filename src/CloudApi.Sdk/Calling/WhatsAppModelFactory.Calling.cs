using System.Text.Json;
using CloudApi.Sdk.Calling;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the Calling API for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Calling.ConnectCallResult"/>.</summary>
    /// <param name="callId">The new call's id (<c>calls[0].id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static ConnectCallResult ConnectCallResult(string callId, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(callId, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Calling.CallPermissions"/>.</summary>
    /// <param name="status">The permission's status (<c>permission.status</c>).</param>
    /// <param name="expiresAt">When it ends (<c>permission.expiration_time</c>).</param>
    /// <param name="actions">The actions (<c>actions</c>); <see langword="null"/> for none.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CallPermissions CallPermissions(
        CallPermissionStatus? status = null, DateTimeOffset? expiresAt = null, IEnumerable<CallPermissionAction>? actions = null,
        JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(status, expiresAt, [.. actions ?? []], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="Calling.CallPermissionAction"/>.</summary>
    /// <param name="name">The action (<c>action_name</c>).</param>
    /// <param name="canPerform">Whether it is allowed now (<c>can_perform_action</c>).</param>
    /// <param name="limits">Its limits (<c>limits</c>); <see langword="null"/> for none.</param>
    /// <returns>The value.</returns>
    public static CallPermissionAction CallPermissionAction(CallPermissionActionName name, bool canPerform = false, IEnumerable<CallPermissionLimit>? limits = null) =>
        new(name, canPerform, [.. limits ?? []]);

    /// <summary>Builds a <see cref="Calling.CallPermissionLimit"/>.</summary>
    /// <param name="timePeriod">The window (<c>time_period</c>).</param>
    /// <param name="currentUsage">Used in the window (<c>current_usage</c>).</param>
    /// <param name="maxAllowed">Allowed in the window (<c>max_allowed</c>).</param>
    /// <param name="expiresAt">When the window resets (<c>limit_expiration_time</c>).</param>
    /// <returns>The value.</returns>
    public static CallPermissionLimit CallPermissionLimit(string? timePeriod = null, long currentUsage = 0, long maxAllowed = 0, DateTimeOffset? expiresAt = null) =>
        new(timePeriod, currentUsage, maxAllowed, expiresAt);
}
