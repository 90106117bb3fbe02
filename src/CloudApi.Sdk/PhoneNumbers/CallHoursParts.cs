using System.Globalization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// A window of a day in which users may call (an item of <c>call_hours.weekly_operating_hours</c>):
/// <c>{"day_of_week":"MONDAY","open_time":"0900","close_time":"1730"}</c>, in the call hours' time zone.
/// </summary>
public sealed class CallOperatingHours
{
    /// <summary>Creates the window.</summary>
    /// <param name="dayOfWeek">The day (<c>day_of_week</c>, written <c>MONDAY</c> ... <c>SUNDAY</c>).</param>
    /// <param name="openTime">When it opens (<c>open_time</c>, written <c>HHmm</c>; minutes are kept, seconds must be 0).</param>
    /// <param name="closeTime">When it closes (<c>close_time</c>), after <paramref name="openTime"/>.</param>
    /// <exception cref="WhatsAppValidationException">The day is not a day, a time has seconds, or the window is empty.</exception>
    public CallOperatingHours(DayOfWeek dayOfWeek, TimeOnly openTime, TimeOnly closeTime)
        : this(dayOfWeek, openTime, closeTime, readFromMeta: false)
    {
    }

    /// <summary>Builds the window; one read from Meta's answer is kept as sent, unchecked.</summary>
    internal CallOperatingHours(DayOfWeek dayOfWeek, TimeOnly openTime, TimeOnly closeTime, bool readFromMeta)
    {
        if (!readFromMeta)
        {
            if (!Enum.IsDefined(dayOfWeek))
            {
                throw new WhatsAppValidationException("calling.call_hours.weekly_operating_hours.day_of_week", $"day_of_week {(int)dayOfWeek} is not a day of the week.");
            }

            CallHoursText.CheckWindow(openTime, closeTime, "calling.call_hours.weekly_operating_hours");
        }

        DayOfWeek = dayOfWeek;
        OpenTime = openTime;
        CloseTime = closeTime;
    }

    /// <summary>The day (<c>day_of_week</c>).</summary>
    public DayOfWeek DayOfWeek { get; }

    /// <summary>When it opens (<c>open_time</c>).</summary>
    public TimeOnly OpenTime { get; }

    /// <summary>When it closes (<c>close_time</c>).</summary>
    public TimeOnly CloseTime { get; }
}

/// <summary>
/// A date on which the call hours do not apply (an item of <c>call_hours.holiday_schedule</c>):
/// <c>{"date":"2026-01-01","start_time":"0000","end_time":"2359"}</c>, in the call hours' time zone.
/// </summary>
public sealed class CallHoliday
{
    /// <summary>Creates the holiday.</summary>
    /// <param name="date">The date (<c>date</c>, written <c>yyyy-MM-dd</c>).</param>
    /// <param name="startTime">When the closure starts (<c>start_time</c>, <c>HHmm</c>).</param>
    /// <param name="endTime">When it ends (<c>end_time</c>), after <paramref name="startTime"/>.</param>
    /// <exception cref="WhatsAppValidationException">A time has seconds, or the closure is empty.</exception>
    public CallHoliday(DateOnly date, TimeOnly startTime, TimeOnly endTime)
        : this(date, startTime, endTime, readFromMeta: false)
    {
    }

    /// <summary>Builds the holiday; one read from Meta's answer is kept as sent, unchecked.</summary>
    internal CallHoliday(DateOnly date, TimeOnly startTime, TimeOnly endTime, bool readFromMeta)
    {
        if (!readFromMeta)
        {
            CallHoursText.CheckWindow(startTime, endTime, "calling.call_hours.holiday_schedule");
        }

        Date = date;
        StartTime = startTime;
        EndTime = endTime;
    }

    /// <summary>The date (<c>date</c>).</summary>
    public DateOnly Date { get; }

    /// <summary>When the closure starts (<c>start_time</c>).</summary>
    public TimeOnly StartTime { get; }

    /// <summary>When it ends (<c>end_time</c>).</summary>
    public TimeOnly EndTime { get; }
}

/// <summary>The text forms Meta uses in call hours: days as <c>MONDAY</c>, times as <c>HHmm</c>, dates as <c>yyyy-MM-dd</c>.</summary>
internal static class CallHoursText
{
    public static void CheckWindow(TimeOnly start, TimeOnly end, string field)
    {
        if (start.Second != 0 || start.Millisecond != 0 || end.Second != 0 || end.Millisecond != 0)
        {
            throw new WhatsAppValidationException(field, $"{field}: times are whole minutes (HHmm); {start:HH:mm:ss} to {end:HH:mm:ss} has seconds.");
        }

        if (end <= start)
        {
            throw new WhatsAppValidationException(field, $"{field}: the end {end:HH:mm} must be after the start {start:HH:mm}.");
        }
    }

    public static string Day(DayOfWeek day) => day.ToString().ToUpperInvariant();

    public static string Time(TimeOnly time) => time.ToString("HHmm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DayOfWeek? ParseDay(string? text) =>
        Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !char.IsAsciiDigit(text![0]) ? day : null;

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HHmm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
