using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>
/// What a WhatsApp Business Account schedule is for (<c>schedule_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<ScheduleType>))]
public readonly partial struct ScheduleType
{
    /// <summary><c>BUSINESS_HOURS</c>.</summary>
    public static ScheduleType BusinessHours { get; } = new("BUSINESS_HOURS");

    /// <summary><c>AUTOMATED_RESPONSE</c>.</summary>
    public static ScheduleType AutomatedResponse { get; } = new("AUTOMATED_RESPONSE");

    /// <summary><c>MESSAGE_CAMPAIGN</c>.</summary>
    public static ScheduleType MessageCampaign { get; } = new("MESSAGE_CAMPAIGN");

    /// <summary><c>MAINTENANCE_WINDOW</c>.</summary>
    public static ScheduleType MaintenanceWindow { get; } = new("MAINTENANCE_WINDOW");

    /// <summary><c>CUSTOM</c>.</summary>
    public static ScheduleType Custom { get; } = new("CUSTOM");
}
