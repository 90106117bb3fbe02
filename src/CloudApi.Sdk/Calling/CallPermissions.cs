using CloudApi.Sdk.Calling.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Calling;

/// <summary>
/// Whether the business may call a user, and what it may do next (<c>GET /{phone-number-id}/call_permissions</c>): the
/// permission's status and end, and for each action whether it is allowed now and the limits it counts against.
/// </summary>
public sealed class CallPermissions : GraphResult
{
    internal CallPermissions(CallPermissionStatus? status, DateTimeOffset? expiresAt, IReadOnlyList<CallPermissionAction> actions, GraphSource source)
        : base(source)
    {
        Status = status;
        ExpiresAt = expiresAt;
        Actions = actions;
    }

    internal CallPermissions(CallPermissionsAnswerWire wire, GraphSource source)
        : this(
            wire.Permission?.Status,
            wire.Permission?.ExpirationTime,
            [.. (wire.Actions ?? []).OfType<CallPermissionActionWire>().Select(static a => new CallPermissionAction(
                a.ActionName ?? default,
                a.CanPerformAction ?? false,
                [.. (a.Limits ?? []).OfType<CallPermissionLimitWire>().Select(static l => new CallPermissionLimit(l.TimePeriod, l.CurrentUsage ?? 0, l.MaxAllowed ?? 0, l.LimitExpirationTime))]))],
            source)
    {
    }

    /// <summary>The permission's status (<c>permission.status</c>).</summary>
    public CallPermissionStatus? Status { get; }

    /// <summary>When a granted permission ends (<c>permission.expiration_time</c>); <see langword="null"/> when Meta sent none (permanent, or not granted).</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The actions and whether each is allowed now (<c>actions</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<CallPermissionAction> Actions { get; }

    /// <summary>Whether a call may be placed now (the <c>start_call</c> action can be performed).</summary>
    public bool CanStartCall => CanPerform(CallPermissionActionName.StartCall);

    /// <summary>Whether a permission request may be sent now (the <c>send_call_permission_request</c> action can be performed).</summary>
    public bool CanSendPermissionRequest => CanPerform(CallPermissionActionName.SendCallPermissionRequest);

    private bool CanPerform(CallPermissionActionName name)
    {
        foreach (var action in Actions)
        {
            if (action.Name == name)
            {
                return action.CanPerform;
            }
        }

        return false;
    }
}
