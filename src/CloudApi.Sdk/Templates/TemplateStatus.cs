using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The review status of a message template (<c>status</c>). Only <see cref="Approved"/> templates can be sent.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateStatus>))]
public readonly partial struct TemplateStatus
{
    /// <summary><c>APPROVED</c>: Approved: the template can be sent.</summary>
    public static TemplateStatus Approved { get; } = new("APPROVED");

    /// <summary><c>PENDING</c>: Waiting for review (up to 24 hours).</summary>
    public static TemplateStatus Pending { get; } = new("PENDING");

    /// <summary><c>REJECTED</c>: Rejected in review; see the rejection reason.</summary>
    public static TemplateStatus Rejected { get; } = new("REJECTED");

    /// <summary><c>PAUSED</c>: Paused for low quality (sends fail with 132015).</summary>
    public static TemplateStatus Paused { get; } = new("PAUSED");

    /// <summary><c>DISABLED</c>: Disabled for repeated low quality (sends fail with 132016); it cannot be deleted.</summary>
    public static TemplateStatus Disabled { get; } = new("DISABLED");

    /// <summary><c>IN_APPEAL</c>: A rejection is being appealed.</summary>
    public static TemplateStatus InAppeal { get; } = new("IN_APPEAL");

    /// <summary><c>FLAGGED</c>: Flagged for low quality; paused or disabled if quality does not improve.</summary>
    public static TemplateStatus Flagged { get; } = new("FLAGGED");

    /// <summary><c>REINSTATED</c>: Reinstated after a pause.</summary>
    public static TemplateStatus Reinstated { get; } = new("REINSTATED");

    /// <summary><c>PENDING_DELETION</c>: Deleted while deliveries were pending; the name stays blocked.</summary>
    public static TemplateStatus PendingDeletion { get; } = new("PENDING_DELETION");

    /// <summary><c>DELETED</c>: Deleted.</summary>
    public static TemplateStatus Deleted { get; } = new("DELETED");

    /// <summary><c>LIMIT_EXCEEDED</c>: The account's template limit was exceeded.</summary>
    public static TemplateStatus LimitExceeded { get; } = new("LIMIT_EXCEEDED");

    /// <summary><c>ARCHIVED</c>: Archived.</summary>
    public static TemplateStatus Archived { get; } = new("ARCHIVED");

    /// <summary><c>UNARCHIVED</c>: Unarchived.</summary>
    public static TemplateStatus Unarchived { get; } = new("UNARCHIVED");

    /// <summary><c>LOCKED</c>: Locked: it cannot be edited.</summary>
    public static TemplateStatus Locked { get; } = new("LOCKED");
}
