using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>What an on-behalf-of (OBO) mobility intent does (<c>intent_type</c>).</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<OboMobilityIntentType>))]
public readonly partial struct OboMobilityIntentType
{
    /// <summary><c>INITIATE_TRANSFER</c>: start transferring the account to another solution.</summary>
    public static OboMobilityIntentType InitiateTransfer { get; } = new("INITIATE_TRANSFER");

    /// <summary><c>CONFIRM_TRANSFER</c>: confirm a transfer.</summary>
    public static OboMobilityIntentType ConfirmTransfer { get; } = new("CONFIRM_TRANSFER");

    /// <summary><c>CANCEL_TRANSFER</c>: cancel a transfer.</summary>
    public static OboMobilityIntentType CancelTransfer { get; } = new("CANCEL_TRANSFER");

    /// <summary><c>REQUEST_HANDOVER</c>: ask for the account to be handed over.</summary>
    public static OboMobilityIntentType RequestHandover { get; } = new("REQUEST_HANDOVER");

    /// <summary><c>APPROVE_HANDOVER</c>: approve a handover.</summary>
    public static OboMobilityIntentType ApproveHandover { get; } = new("APPROVE_HANDOVER");

    /// <summary><c>REJECT_HANDOVER</c>: reject a handover.</summary>
    public static OboMobilityIntentType RejectHandover { get; } = new("REJECT_HANDOVER");
}
