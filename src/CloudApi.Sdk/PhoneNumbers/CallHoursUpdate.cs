namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The call hours of a settings change (<c>calling.call_hours</c>): outside them users cannot call the business (and, with
/// <see cref="CallingSettingsUpdate.CallbackPermissionStatus"/> on, are asked to let it call back).
/// </summary>
public sealed class CallHoursUpdate
{
    /// <summary>Creates the change.</summary>
    /// <param name="status">Whether call hours apply (<c>status</c>). When enabled, <see cref="TimeZoneId"/> and <see cref="WeeklyOperatingHours"/> are required (checked when sent).</param>
    public CallHoursUpdate(FeatureStatus status)
    {
        Status = status;
    }

    /// <summary>Whether call hours apply (<c>status</c>).</summary>
    public FeatureStatus Status { get; }

    /// <summary><value>The IANA time zone of the hours (<c>timezone_id</c>), e.g. <c>America/Manaus</c>. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty or longer than 64 characters.</exception>
    public string? TimeZoneId
    {
        get;
        init => field = Validate.OptionalText(value, 64, "calling.call_hours.timezone_id");
    }

    /// <summary><value>When users may call, per day (<c>weekly_operating_hours</c>). Default <see langword="null"/>: none.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list holds a <see langword="null"/>.</exception>
    public IReadOnlyList<CallOperatingHours>? WeeklyOperatingHours
    {
        get;
        init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "calling.call_hours.weekly_operating_hours"));
    }

    /// <summary><value>Dates the hours do not apply (<c>holiday_schedule</c>). Default <see langword="null"/>: none.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list holds a <see langword="null"/>.</exception>
    public IReadOnlyList<CallHoliday>? HolidaySchedule
    {
        get;
        init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "calling.call_hours.holiday_schedule"));
    }

    /// <summary>The rules across fields, checked when the update is sent.</summary>
    internal void ValidateParts()
    {
        if (Status != FeatureStatus.Enabled)
        {
            return;
        }

        if (TimeZoneId is null)
        {
            throw new WhatsAppValidationException("calling.call_hours.timezone_id", "calling.call_hours.timezone_id is required when call hours are enabled.");
        }

        if (WeeklyOperatingHours is not { Count: > 0 })
        {
            throw new WhatsAppValidationException("calling.call_hours.weekly_operating_hours", "calling.call_hours.weekly_operating_hours needs at least one window when call hours are enabled.");
        }
    }
}
