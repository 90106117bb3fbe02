using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers.Wire;

/// <summary><c>GET /{phone-number-id}/settings</c>, and the body of its <c>POST</c> (one part set).</summary>
internal sealed class PhoneNumberSettingsWire
{
    public CallingSettingsWire? Calling { get; set; }

    public UserIdentityChangeWire? UserIdentityChange { get; set; }

    public PayloadEncryptionWire? PayloadEncryption { get; set; }

    public StorageConfigurationWire? StorageConfiguration { get; set; }

    internal sealed class UserIdentityChangeWire
    {
        public bool? Enabled { get; set; }
    }

    internal sealed class PayloadEncryptionWire
    {
        public FeatureStatus? Status { get; set; }

        public string? ClientEncryptionKeyFingerprint { get; set; }

        public string? CloudEncryptionKey { get; set; }

        public string? ClientEncryptionKey { get; set; }
    }

    internal sealed class StorageConfigurationWire
    {
        public FeatureStatus? Status { get; set; }

        public string? DataLocalizationRegion { get; set; }

        public bool? Enabled { get; set; }

        public string? Region { get; set; }
    }
}

/// <summary>The <c>calling</c> object of the settings.</summary>
internal sealed class CallingSettingsWire
{
    public FeatureStatus? Status { get; set; }

    public string? CallIconVisibility { get; set; }

    public IpAddressesWire? IpAddresses { get; set; }

    public FeatureStatus? CallbackPermissionStatus { get; set; }

    public string? SrtpKeyExchangeProtocol { get; set; }

    public CallHoursWire? CallHours { get; set; }

    public CallIconsWire? CallIcons { get; set; }

    public SipWire? Sip { get; set; }

    public CallingStatusWire? Video { get; set; }

    public CallingStatusWire? Audio { get; set; }

    public RestrictionsWire? Restrictions { get; set; }

    internal sealed class IpAddressesWire
    {
        public List<string>? Default { get; set; }
    }

    internal sealed class CallHoursWire
    {
        public FeatureStatus? Status { get; set; }

        public string? Timezone { get; set; }

        public string? TimezoneId { get; set; }

        public string? DayOfWeekStart { get; set; }

        public List<CallOperatingHoursWire?>? WeeklyOperatingHours { get; set; }

        public List<CallHolidayWire?>? HolidaySchedule { get; set; }
    }

    internal sealed class CallOperatingHoursWire
    {
        public string? DayOfWeek { get; set; }

        public string? OpenTime { get; set; }

        public string? CloseTime { get; set; }
    }

    internal sealed class CallHolidayWire
    {
        public string? Date { get; set; }

        public string? StartTime { get; set; }

        public string? EndTime { get; set; }
    }

    internal sealed class CallIconsWire
    {
        public List<string>? RestrictToUserCountries { get; set; }
    }

    internal sealed class SipWire
    {
        public FeatureStatus? Status { get; set; }

        public List<SipServerWire>? Servers { get; set; }
    }

    internal sealed class SipServerWire
    {
        [JsonConverter(typeof(LenientStringConverter))]
        public string? AppId { get; set; }

        public string? Hostname { get; set; }

        public int? Port { get; set; }

        public string? Password { get; set; }

        public Dictionary<string, string>? RequestUriUserParams { get; set; }
    }

    internal sealed class CallingStatusWire
    {
        public FeatureStatus? Status { get; set; }
    }

    internal sealed class RestrictionsWire
    {
        public List<CallingRestrictionWire>? Restrictions { get; set; }
    }

    internal sealed class CallingRestrictionWire
    {
        public string? Type { get; set; }

        [JsonConverter(typeof(UnixTimeConverter))]
        public DateTimeOffset? Expiration { get; set; }
    }
}
