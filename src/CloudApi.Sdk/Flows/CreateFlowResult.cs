using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// Meta's answer to a flow creation (<c>{"id":"...","success":true,"validation_errors":[...]}</c>). A flow created with a
/// Flow JSON that has errors is still created, as a draft: read <see cref="ValidationErrors"/>.
/// </summary>
public sealed class CreateFlowResult : GraphResult
{
    internal CreateFlowResult(CreateFlowResultWire wire, GraphSource source)
        : this(source, wire.Id ?? string.Empty, FlowMapper.Errors(wire.ValidationErrors))
    {
    }

    internal CreateFlowResult(GraphSource source, string id, IReadOnlyList<FlowValidationError> validationErrors)
        : base(source)
    {
        Id = id;
        ValidationErrors = validationErrors;
    }

    /// <summary>The new flow's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>What is wrong in the Flow JSON sent with the creation (<c>validation_errors</c>); empty when nothing is.</summary>
    public IReadOnlyList<FlowValidationError> ValidationErrors { get; }
}
