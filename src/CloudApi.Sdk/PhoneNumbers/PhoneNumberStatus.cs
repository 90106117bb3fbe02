using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The connection status of a business phone number (<c>status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<PhoneNumberStatus>))]
public readonly partial struct PhoneNumberStatus
{
    /// <summary><c>CONNECTED</c>: Registered and able to send.</summary>
    public static PhoneNumberStatus Connected { get; } = new("CONNECTED");

    /// <summary><c>PENDING</c>: Pending.</summary>
    public static PhoneNumberStatus Pending { get; } = new("PENDING");

    /// <summary><c>FLAGGED</c>: Flagged for low quality.</summary>
    public static PhoneNumberStatus Flagged { get; } = new("FLAGGED");

    /// <summary><c>RESTRICTED</c>: Restricted from sending.</summary>
    public static PhoneNumberStatus Restricted { get; } = new("RESTRICTED");

    /// <summary><c>RATE_LIMITED</c>: Rate limited.</summary>
    public static PhoneNumberStatus RateLimited { get; } = new("RATE_LIMITED");

    /// <summary><c>DISCONNECTED</c>: Disconnected.</summary>
    public static PhoneNumberStatus Disconnected { get; } = new("DISCONNECTED");
}
