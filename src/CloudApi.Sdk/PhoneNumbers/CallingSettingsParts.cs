namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>The call hours of a number (<c>calling.call_hours</c>).</summary>
public sealed class CallHoursSettings
{
    internal CallHoursSettings(
        FeatureStatus? status, string? timezone, string? dayOfWeekStart, IReadOnlyList<CallOperatingHours> weeklyOperatingHours, IReadOnlyList<CallHoliday> holidaySchedule)
    {
        Status = status;
        Timezone = timezone;
        DayOfWeekStart = dayOfWeekStart;
        WeeklyOperatingHours = weeklyOperatingHours;
        HolidaySchedule = holidaySchedule;
    }

    internal CallHoursSettings(Wire.CallingSettingsWire.CallHoursWire wire)
        : this(
            wire.Status,
            wire.TimezoneId ?? wire.Timezone,
            wire.DayOfWeekStart,
            [.. (wire.WeeklyOperatingHours ?? []).Select(static h =>
                h is not null && CallHoursText.ParseDay(h.DayOfWeek) is { } day && CallHoursText.ParseTime(h.OpenTime) is { } open && CallHoursText.ParseTime(h.CloseTime) is { } close
                    ? new CallOperatingHours(day, open, close, readFromMeta: true)
                    : null).OfType<CallOperatingHours>()],
            [.. (wire.HolidaySchedule ?? []).Select(static h =>
                h is not null && CallHoursText.ParseDate(h.Date) is { } date && CallHoursText.ParseTime(h.StartTime) is { } start && CallHoursText.ParseTime(h.EndTime) is { } end
                    ? new CallHoliday(date, start, end, readFromMeta: true)
                    : null).OfType<CallHoliday>()])
    {
    }

    /// <summary>Whether call hours apply (<c>status</c>).</summary>
    public FeatureStatus? Status { get; }

    /// <summary>Their IANA time zone (<c>timezone_id</c> in Meta's Calling documentation, <c>timezone</c> in the spec), e.g. <c>America/Manaus</c>.</summary>
    public string? Timezone { get; }

    /// <summary>The first day of the week (<c>day_of_week_start</c>).</summary>
    public string? DayOfWeekStart { get; }

    /// <summary>When users may call (<c>weekly_operating_hours</c>); empty when Meta sent none. An item Meta wrote in a form the SDK cannot read is left out (it stays in the result's raw JSON).</summary>
    public IReadOnlyList<CallOperatingHours> WeeklyOperatingHours { get; }

    /// <summary>The dates the hours do not apply (<c>holiday_schedule</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<CallHoliday> HolidaySchedule { get; }
}

/// <summary>SIP calling of a number (<c>calling.sip</c>).</summary>
public sealed class SipSettings
{
    internal SipSettings(FeatureStatus? status, IReadOnlyList<SipServer> servers)
    {
        Status = status;
        Servers = servers;
    }

    /// <summary>Whether SIP is on (<c>status</c>).</summary>
    public FeatureStatus? Status { get; }

    /// <summary>The SIP servers (<c>servers</c>); empty when none.</summary>
    public IReadOnlyList<SipServer> Servers { get; }
}

/// <summary>A SIP server of a number (an item of <c>calling.sip.servers</c>).</summary>
public sealed class SipServer
{
    internal SipServer(string appId, string hostname, int? port, string? password, IReadOnlyDictionary<string, string>? requestUriUserParameters)
    {
        AppId = appId;
        Hostname = hostname;
        Port = port;
        Password = password;
        RequestUriUserParameters = requestUriUserParameters ?? new Dictionary<string, string>();
    }

    /// <summary>Parameters Meta adds to the user part of the SIP request URI (<c>request_uri_user_params</c>); empty when none.</summary>
    public IReadOnlyDictionary<string, string> RequestUriUserParameters { get; }

    /// <summary>The app the server belongs to (<c>app_id</c>).</summary>
    public string AppId { get; }

    /// <summary>The host (<c>hostname</c>).</summary>
    public string Hostname { get; }

    /// <summary>The port (<c>port</c>), when set.</summary>
    public int? Port { get; }

    /// <summary>The SIP password (<c>password</c>): only read when <see cref="PhoneNumberRequestOptions.IncludeSipCredentials"/> is set. A secret: it is kept out of <see cref="ToString"/>.</summary>
    public string? Password { get; }

    /// <summary>Describes the server without its password.</summary>
    /// <returns>The host and port.</returns>
    public override string ToString() => Port is { } port ? $"{Hostname}:{port}" : Hostname;
}

/// <summary>A restriction Meta put on a number's calling (an item of <c>calling.restrictions.restrictions</c>).</summary>
public sealed class CallingRestriction
{
    internal CallingRestriction(string? type, DateTimeOffset? expiration)
    {
        Type = type;
        Expiration = expiration;
    }

    /// <summary>The kind of restriction (<c>type</c>).</summary>
    public string? Type { get; }

    /// <summary>When it ends (<c>expiration</c>).</summary>
    public DateTimeOffset? Expiration { get; }
}

/// <summary>A number's end-to-end payload encryption (<c>payload_encryption</c>).</summary>
public sealed class PayloadEncryptionSettings
{
    internal PayloadEncryptionSettings(FeatureStatus? status, string? clientEncryptionKeyFingerprint, string? cloudEncryptionKey)
    {
        Status = status;
        ClientEncryptionKeyFingerprint = clientEncryptionKeyFingerprint;
        CloudEncryptionKey = cloudEncryptionKey;
    }

    /// <summary>Whether it is on (<c>status</c>).</summary>
    public FeatureStatus? Status { get; }

    /// <summary>The fingerprint of your public key (<c>client_encryption_key_fingerprint</c>).</summary>
    public string? ClientEncryptionKeyFingerprint { get; }

    /// <summary>Meta's public key (<c>cloud_encryption_key</c>).</summary>
    public string? CloudEncryptionKey { get; }
}

/// <summary>Where a number's message data is stored (<c>storage_configuration</c>).</summary>
public sealed class StorageSettings
{
    internal StorageSettings(FeatureStatus? status, string? dataLocalizationRegion)
    {
        Status = status;
        DataLocalizationRegion = dataLocalizationRegion;
    }

    /// <summary><c>default</c> or <c>in_country_storage_enabled</c> (<c>status</c>).</summary>
    public FeatureStatus? Status { get; }

    /// <summary>The storage region (<c>data_localization_region</c>), when local storage is on.</summary>
    public string? DataLocalizationRegion { get; }
}
