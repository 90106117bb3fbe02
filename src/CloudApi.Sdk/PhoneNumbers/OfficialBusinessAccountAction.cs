using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// What an Official Business Account request does (<c>action</c>).
/// String-backed, so a value Meta adds later can be sent; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<OfficialBusinessAccountAction>))]
public readonly partial struct OfficialBusinessAccountAction
{
    /// <summary><c>SUBMIT_APPLICATION</c>: apply.</summary>
    public static OfficialBusinessAccountAction SubmitApplication { get; } = new("SUBMIT_APPLICATION");

    /// <summary><c>WITHDRAW_APPLICATION</c>: withdraw a pending application.</summary>
    public static OfficialBusinessAccountAction WithdrawApplication { get; } = new("WITHDRAW_APPLICATION");

    /// <summary><c>RESUBMIT_APPLICATION</c>: apply again after a rejection.</summary>
    public static OfficialBusinessAccountAction ResubmitApplication { get; } = new("RESUBMIT_APPLICATION");
}
