namespace CloudApi.Sdk.Calling;

/// <summary>A calling action and whether the business may take it now (an item of <c>actions</c>).</summary>
public sealed class CallPermissionAction
{
    internal CallPermissionAction(CallPermissionActionName name, bool canPerform, IReadOnlyList<CallPermissionLimit> limits)
    {
        Name = name;
        CanPerform = canPerform;
        Limits = limits;
    }

    /// <summary>The action (<c>action_name</c>).</summary>
    public CallPermissionActionName Name { get; }

    /// <summary>Whether it is allowed now (<c>can_perform_action</c>).</summary>
    public bool CanPerform { get; }

    /// <summary>The limits it counts against (<c>limits</c>); empty when Meta sent none (or <c>null</c>).</summary>
    public IReadOnlyList<CallPermissionLimit> Limits { get; }
}
