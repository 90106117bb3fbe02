using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Whether the number is live or a sandbox (<c>account_mode</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<AccountMode>))]
public readonly partial struct AccountMode
{
    /// <summary><c>LIVE</c>: A live number.</summary>
    public static AccountMode Live { get; } = new("LIVE");

    /// <summary><c>SANDBOX</c>: A sandbox (test) number.</summary>
    public static AccountMode Sandbox { get; } = new("SANDBOX");
}
