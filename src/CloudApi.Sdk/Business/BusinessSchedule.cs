using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>A schedule of a WhatsApp Business Account (an item of <c>GET /{waba-id}/schedules</c>).</summary>
public sealed class BusinessSchedule : GraphResult
{
    internal BusinessSchedule(ScheduleWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        Status = wire.Status;
        ScheduleType = wire.ScheduleType;
        StartTime = wire.StartTime;
        EndTime = wire.EndTime;
        Timezone = wire.Timezone;
        DaysOfWeek = wire.DaysOfWeek ?? [];
        CreatedTime = wire.CreatedTime;
        UpdatedTime = wire.UpdatedTime;
        IsActive = wire.IsActive;
        RecurrenceFrequency = wire.RecurrencePattern?.Frequency;
        RecurrenceInterval = wire.RecurrencePattern?.Interval;
        RecurrenceEndDate = wire.RecurrencePattern?.EndDate;
    }

    /// <summary>The schedule's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>Its name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>Its status (<c>status</c>): <c>ACTIVE</c>, <c>INACTIVE</c>, <c>PAUSED</c>, <c>EXPIRED</c>, <c>DRAFT</c>.</summary>
    public string? Status { get; }

    /// <summary>What it is for (<c>schedule_type</c>).</summary>
    public ScheduleType? ScheduleType { get; }

    /// <summary>The daily start, <c>HH:mm</c> as Meta sends it (<c>start_time</c>).</summary>
    public string? StartTime { get; }

    /// <summary>The daily end, <c>HH:mm</c> (<c>end_time</c>).</summary>
    public string? EndTime { get; }

    /// <summary>The time zone of the times (<c>timezone</c>), e.g. <c>America/New_York</c>.</summary>
    public string? Timezone { get; }

    /// <summary>The days it applies (<c>days_of_week</c>, e.g. <c>MONDAY</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<string> DaysOfWeek { get; }

    /// <summary>When it was created (<c>created_time</c>).</summary>
    public DateTimeOffset? CreatedTime { get; }

    /// <summary>When it was last changed (<c>updated_time</c>).</summary>
    public DateTimeOffset? UpdatedTime { get; }

    /// <summary>Whether it is in force (<c>is_active</c>).</summary>
    public bool? IsActive { get; }

    /// <summary>How it recurs (<c>recurrence_pattern.frequency</c>): <c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c>, <c>YEARLY</c>.</summary>
    public string? RecurrenceFrequency { get; }

    /// <summary>Every how many periods (<c>recurrence_pattern.interval</c>).</summary>
    public int? RecurrenceInterval { get; }

    /// <summary>The last day it recurs, <c>yyyy-MM-dd</c> (<c>recurrence_pattern.end_date</c>).</summary>
    public string? RecurrenceEndDate { get; }
}
