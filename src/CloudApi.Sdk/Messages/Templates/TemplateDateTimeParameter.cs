namespace CloudApi.Sdk.Messages;

/// <summary>
/// A date and time for a body variable:
/// <c>{"type":"date_time","date_time":{"fallback_value":"February 25, 1977","day_of_week":5,"year":1977,"month":2,"day_of_month":25,
/// "hour":15,"minute":33,"calendar":"GREGORIAN"}}</c>. Cloud API always shows the fallback value; the date's parts are
/// optional and sent when set.
/// </summary>
public sealed partial class TemplateDateTimeParameter : TemplateParameter
{
    /// <summary>Creates a date-time parameter.</summary>
    /// <param name="fallbackValue">The text shown, e.g. <c>February 25, 1977</c>.</param>
    /// <exception cref="WhatsAppValidationException">The fallback is empty.</exception>
    public TemplateDateTimeParameter(string fallbackValue)
    {
        Validate.NotEmpty(fallbackValue, "template.components.parameters.date_time.fallback_value");
        FallbackValue = fallbackValue;
    }

    /// <inheritdoc />
    public override string Type => "date_time";

    /// <summary>The text shown.</summary>
    public string FallbackValue { get; }

    /// <summary><value>The day of the week, 1 (Monday) to 7 (Sunday) (<c>day_of_week</c>). Default <see langword="null"/> (not sent).</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? DayOfWeek
    {
        get;
        init => field = Validate.OptionalRange(value, 1, 7, "template.components.parameters.date_time.day_of_week");
    }

    /// <summary><value>The year (<c>year</c>). Default <see langword="null"/> (not sent).</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? Year
    {
        get;
        init => field = Validate.OptionalRange(value, 1, 9999, "template.components.parameters.date_time.year");
    }

    /// <summary><value>The month, 1 to 12 (<c>month</c>). Default <see langword="null"/> (not sent).</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? Month
    {
        get;
        init => field = Validate.OptionalRange(value, 1, 12, "template.components.parameters.date_time.month");
    }

    /// <summary><value>The day of the month, 1 to 31 (<c>day_of_month</c>). Default <see langword="null"/> (not sent).</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? DayOfMonth
    {
        get;
        init => field = Validate.OptionalRange(value, 1, 31, "template.components.parameters.date_time.day_of_month");
    }

    /// <summary><value>The hour, 0 to 23 (<c>hour</c>). Default <see langword="null"/> (not sent).</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? Hour
    {
        get;
        init => field = Validate.OptionalRange(value, 0, 23, "template.components.parameters.date_time.hour");
    }

    /// <summary><value>The minute, 0 to 59 (<c>minute</c>). Default <see langword="null"/> (not sent).</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? Minute
    {
        get;
        init => field = Validate.OptionalRange(value, 0, 59, "template.components.parameters.date_time.minute");
    }

    /// <summary><value>The calendar, e.g. <c>GREGORIAN</c> or <c>SOLAR_HIJRI</c>. Default <see langword="null"/> (not sent); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? Calendar
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "template.components.parameters.date_time.calendar");
    }
}
