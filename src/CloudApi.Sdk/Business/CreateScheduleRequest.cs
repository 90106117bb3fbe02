using System.Globalization;

namespace CloudApi.Sdk.Business;

/// <summary>A new schedule of a WhatsApp Business Account (<c>POST /{waba-id}/schedules</c>).</summary>
public sealed class CreateScheduleRequest
{
    /// <summary>The longest schedule name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Creates the request.</summary>
    /// <param name="name">The name (<c>name</c>), 1 to 100 characters.</param>
    /// <param name="scheduleType">What it is for (<c>schedule_type</c>).</param>
    /// <param name="startTime">The daily start (<c>start_time</c>, sent as <c>HH:mm</c>).</param>
    /// <param name="endTime">The daily end (<c>end_time</c>); before the start for a window across midnight.</param>
    /// <exception cref="WhatsAppValidationException">The name or type is empty, or the name is too long.</exception>
    public CreateScheduleRequest(string name, ScheduleType scheduleType, TimeOnly startTime, TimeOnly endTime)
    {
        Validate.Text(name, MaxNameLength, "name");
        Validate.NotEmpty(scheduleType.Value, "schedule_type");
        Name = name;
        ScheduleType = scheduleType;
        StartTime = startTime;
        EndTime = endTime;
    }

    /// <summary>The name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>What it is for (<c>schedule_type</c>).</summary>
    public ScheduleType ScheduleType { get; }

    /// <summary>The daily start (<c>start_time</c>).</summary>
    public TimeOnly StartTime { get; }

    /// <summary>The daily end (<c>end_time</c>).</summary>
    public TimeOnly EndTime { get; }

    /// <summary><value>The time zone of the times (<c>timezone</c>), an IANA name such as <c>America/New_York</c>. Default <see langword="null"/>: Meta's default, UTC.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty or too long.</exception>
    public string? Timezone { get; init => field = Validate.OptionalText(value, 64, "timezone"); }

    /// <summary><value>The days it applies (<c>days_of_week</c>), each once. Default <see langword="null"/>: Meta's default. The list is copied.</value></summary>
    /// <exception cref="WhatsAppValidationException">A day appears twice.</exception>
    public IReadOnlyList<DayOfWeek>? DaysOfWeek
    {
        get;
        init
        {
            if (value is null)
            {
                field = null;
                return;
            }

            var days = value.ToArray();
            if (days.Distinct().Count() != days.Length || days.Any(static day => !Enum.IsDefined(day)))
            {
                throw new WhatsAppValidationException("days_of_week", "days_of_week must name each day at most once.");
            }

            field = Array.AsReadOnly(days);
        }
    }

    /// <summary><value>Whether it is in force once created (<c>is_active</c>). Default <see langword="null"/>: Meta's default, active.</value></summary>
    public bool? IsActive { get; init; }

    /// <summary><value>How it recurs (<c>recurrence_pattern.frequency</c>: <c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c>, <c>YEARLY</c>). Default <see langword="null"/>: no recurrence.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is not one of the four.</exception>
    public string? RecurrenceFrequency
    {
        get;
        init => field = value is null or "DAILY" or "WEEKLY" or "MONTHLY" or "YEARLY"
            ? value
            : throw new WhatsAppValidationException("recurrence_pattern.frequency", $"recurrence_pattern.frequency '{value}' must be DAILY, WEEKLY, MONTHLY or YEARLY.");
    }

    /// <summary><value>Every how many periods it recurs (<c>recurrence_pattern.interval</c>), at least 1. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The interval is below 1.</exception>
    public int? RecurrenceInterval { get; init => field = Validate.OptionalRange(value, 1, int.MaxValue, "recurrence_pattern.interval"); }

    /// <summary><value>The last day it recurs (<c>recurrence_pattern.end_date</c>). Default <see langword="null"/>.</value></summary>
    public DateOnly? RecurrenceEndDate { get; init; }

    internal static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static string Day(DayOfWeek day) => day.ToString().ToUpperInvariant();

    /// <summary>The rule across fields, checked when the request is sent.</summary>
    internal void ValidateRecurrence()
    {
        if (RecurrenceFrequency is null && (RecurrenceInterval is not null || RecurrenceEndDate is not null))
        {
            throw new WhatsAppValidationException("recurrence_pattern.frequency", "recurrence_pattern.interval and end_date need recurrence_pattern.frequency.");
        }
    }
}
