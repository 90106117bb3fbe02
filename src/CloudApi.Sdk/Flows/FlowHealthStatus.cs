namespace CloudApi.Sdk.Flows;

/// <summary>
/// Whether messages with a flow can be sent (<c>health_status</c>): the overall answer and, per entity the flow depends on
/// (the flow, its WABA, the business, the app), its own answer and the errors that limit or block it.
/// </summary>
public sealed class FlowHealthStatus
{
    internal FlowHealthStatus(FlowSendAvailability canSendMessage, IReadOnlyList<FlowHealthEntity> entities)
    {
        CanSendMessage = canSendMessage;
        Entities = entities;
    }

    /// <summary>The overall answer (<c>can_send_message</c>): the worst of the entities'.</summary>
    public FlowSendAvailability CanSendMessage { get; }

    /// <summary>The entities and their answers (<c>entities</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<FlowHealthEntity> Entities { get; }
}

/// <summary>An entity a flow's health depends on (an item of <c>health_status.entities</c>).</summary>
public sealed class FlowHealthEntity
{
    internal FlowHealthEntity(
        FlowHealthEntityType entityType, string id, FlowSendAvailability canSendMessage, IReadOnlyList<FlowHealthError> errors,
        IReadOnlyList<string> additionalInfo)
    {
        EntityType = entityType;
        Id = id;
        CanSendMessage = canSendMessage;
        Errors = errors;
        AdditionalInfo = additionalInfo;
    }

    /// <summary>What the entity is (<c>entity_type</c>).</summary>
    public FlowHealthEntityType EntityType { get; }

    /// <summary>Its id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>Its answer (<c>can_send_message</c>).</summary>
    public FlowSendAvailability CanSendMessage { get; }

    /// <summary>What limits or blocks it (<c>errors</c>); empty when nothing does.</summary>
    public IReadOnlyList<FlowHealthError> Errors { get; }

    /// <summary>Meta's extra notes (<c>additional_info</c>); empty when none.</summary>
    public IReadOnlyList<string> AdditionalInfo { get; }
}

/// <summary>Why an entity limits or blocks a flow (an item of <c>health_status.entities[].errors</c>).</summary>
public sealed class FlowHealthError
{
    internal FlowHealthError(int errorCode, string? description, string? possibleSolution)
    {
        ErrorCode = errorCode;
        Description = description;
        PossibleSolution = possibleSolution;
    }

    /// <summary>The error code (<c>error_code</c>), e.g. 141006 for a payment method problem.</summary>
    public int ErrorCode { get; }

    /// <summary>What is wrong (<c>error_description</c>).</summary>
    public string? Description { get; }

    /// <summary>How to fix it (<c>possible_solution</c>).</summary>
    public string? PossibleSolution { get; }
}
