using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// Meta's answer to a Flow JSON upload (<c>{"success":true,"validation_errors":[...]}</c>). The JSON is stored even when
/// it has errors; a flow with errors cannot be published, so check <see cref="IsValid"/>.
/// </summary>
public sealed class FlowJsonUploadResult : GraphResult
{
    internal FlowJsonUploadResult(FlowJsonUploadResultWire wire, GraphSource source)
        : this(source, FlowMapper.Errors(wire.ValidationErrors))
    {
    }

    internal FlowJsonUploadResult(GraphSource source, IReadOnlyList<FlowValidationError> validationErrors)
        : base(source)
    {
        ValidationErrors = validationErrors;
    }

    /// <summary>What is wrong in the uploaded JSON (<c>validation_errors</c>); empty when nothing is.</summary>
    public IReadOnlyList<FlowValidationError> ValidationErrors { get; }

    /// <summary>Whether Meta found no error: the flow can be published.</summary>
    public bool IsValid => ValidationErrors.Count == 0;
}
