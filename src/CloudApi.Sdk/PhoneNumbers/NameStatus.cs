using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The review status of the number's display name (<c>name_status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<NameStatus>))]
public readonly partial struct NameStatus
{
    /// <summary><c>APPROVED</c>: The name was approved.</summary>
    public static NameStatus Approved { get; } = new("APPROVED");

    /// <summary><c>AVAILABLE_WITHOUT_REVIEW</c>: The name can be used without review.</summary>
    public static NameStatus AvailableWithoutReview { get; } = new("AVAILABLE_WITHOUT_REVIEW");

    /// <summary><c>DECLINED</c>: The name was declined.</summary>
    public static NameStatus Declined { get; } = new("DECLINED");

    /// <summary><c>EXPIRED</c>: The name request expired.</summary>
    public static NameStatus Expired { get; } = new("EXPIRED");

    /// <summary><c>PENDING_REVIEW</c>: The name is under review.</summary>
    public static NameStatus PendingReview { get; } = new("PENDING_REVIEW");

    /// <summary><c>NONE</c>: No name was requested.</summary>
    public static NameStatus None { get; } = new("NONE");
}
