using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>One pre-verified number as <c>GET /{pre-verified-phone-number-id}</c> answers it: whether the id is valid, and its number.</summary>
public sealed class PreverifiedNumberCheck : GraphResult
{
    internal PreverifiedNumberCheck(PartnerPreverifiedNumberCheckWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id;
        CountryPrefix = wire.CountryPrefix;
        DisplayPhoneNumber = wire.DisplayPhoneNumber;
        ErrorMessage = wire.ErrorMsg;
        IsInputIdValid = wire.IsInputIdValid ?? false;
    }

    /// <summary>The pre-verified number's id (<c>id</c>).</summary>
    public string? Id { get; }

    /// <summary>The calling code (<c>country_prefix</c>).</summary>
    public int? CountryPrefix { get; }

    /// <summary>The number as shown (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; }

    /// <summary>Why the id is not valid (<c>error_msg</c>).</summary>
    public string? ErrorMessage { get; }

    /// <summary>Whether the id names a usable pre-verified number (<c>is_input_id_valid</c>).</summary>
    public bool IsInputIdValid { get; }
}
