using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Where a number's Official Business Account (blue badge) application stands (<c>oba_status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<OfficialBusinessAccountState>))]
public readonly partial struct OfficialBusinessAccountState
{
    /// <summary><c>PENDING</c>: submitted, waiting for review.</summary>
    public static OfficialBusinessAccountState Pending { get; } = new("PENDING");

    /// <summary><c>UNDER_REVIEW</c>.</summary>
    public static OfficialBusinessAccountState UnderReview { get; } = new("UNDER_REVIEW");

    /// <summary><c>APPROVED</c>: the number is an Official Business Account.</summary>
    public static OfficialBusinessAccountState Approved { get; } = new("APPROVED");

    /// <summary><c>REJECTED</c>.</summary>
    public static OfficialBusinessAccountState Rejected { get; } = new("REJECTED");

    /// <summary><c>EXPIRED</c>.</summary>
    public static OfficialBusinessAccountState Expired { get; } = new("EXPIRED");

    /// <summary><c>CANCELLED</c>: the application was withdrawn.</summary>
    public static OfficialBusinessAccountState Cancelled { get; } = new("CANCELLED");
}
