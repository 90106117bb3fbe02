using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>The calling part of a number's settings (<c>calling</c>).</summary>
public sealed class CallingSettings
{
    internal CallingSettings(CallingSettingsWire wire)
    {
        Status = wire.Status;
        CallIconVisibility = wire.CallIconVisibility;
        IpAddresses = wire.IpAddresses?.Default ?? [];
        CallbackPermissionStatus = wire.CallbackPermissionStatus;
        SrtpKeyExchangeProtocol = wire.SrtpKeyExchangeProtocol;
        CallHours = wire.CallHours is { } hours ? new CallHoursSettings(hours) : null;
        CallIconRestrictedCountries = wire.CallIcons?.RestrictToUserCountries ?? [];
        Sip = wire.Sip is { } sip
            ? new SipSettings(sip.Status, [.. (sip.Servers ?? []).Select(static s => new SipServer(s.AppId ?? string.Empty, s.Hostname ?? string.Empty, s.Port, s.Password, s.RequestUriUserParams))])
            : null;
        VideoStatus = wire.Video?.Status;
        AudioStatus = wire.Audio?.Status;
        Restrictions = [.. (wire.Restrictions?.Restrictions ?? []).Select(static r => new CallingRestriction(r.Type, r.Expiration))];
    }

    /// <summary>Whether calling is on (<c>status</c>).</summary>
    public FeatureStatus? Status { get; }

    /// <summary>Whether the call button shows in the chat (<c>call_icon_visibility</c>: <c>DEFAULT</c> or <c>DISABLE_ALL</c> in Meta's Calling documentation, <c>visible</c> or <c>hidden</c> in the spec).</summary>
    public string? CallIconVisibility { get; }

    /// <summary>Meta's media server addresses (<c>ip_addresses.default</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<string> IpAddresses { get; }

    /// <summary>Whether users are asked for call-back permission (<c>callback_permission_status</c>).</summary>
    public FeatureStatus? CallbackPermissionStatus { get; }

    /// <summary>The media key exchange (<c>srtp_key_exchange_protocol</c>: <c>DTLS-SRTP</c> or <c>SDES-SRTP</c>).</summary>
    public string? SrtpKeyExchangeProtocol { get; }

    /// <summary>The business's call hours (<c>call_hours</c>).</summary>
    public CallHoursSettings? CallHours { get; }

    /// <summary>The countries whose users see the call button (<c>call_icons.restrict_to_user_countries</c>); empty when not restricted.</summary>
    public IReadOnlyList<string> CallIconRestrictedCountries { get; }

    /// <summary>SIP calling (<c>sip</c>).</summary>
    public SipSettings? Sip { get; }

    /// <summary>Whether video calls are on (<c>video.status</c>).</summary>
    public FeatureStatus? VideoStatus { get; }

    /// <summary>Whether audio calls are on (<c>audio.status</c>).</summary>
    public FeatureStatus? AudioStatus { get; }

    /// <summary>Restrictions Meta put on calling (<c>restrictions.restrictions</c>); empty when none.</summary>
    public IReadOnlyList<CallingRestriction> Restrictions { get; }
}
