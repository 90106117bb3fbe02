using CloudApi.Sdk.Business;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Business;

public sealed class BusinessAccountManagementTests
{
    private const string Waba = GraphServer.BusinessAccountId;

    [Fact]
    public async Task UpdateAsync_Name_PostsToTheAccount()
    {
        using var graph = new GraphServer().On("POST", Waba, """{"success":true}""");

        await graph.Client.BusinessAccounts.UpdateAsync(new BusinessAccountUpdate { Name = "Updated Business Name", TimezoneId = "2" }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"name":"Updated Business Name","timezone_id":"2"}""", graph.SingleRequestJson());
    }

    [Fact]
    public void Update_NameOver100_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new BusinessAccountUpdate { Name = new string('n', 101) });

        Assert.Equal(("name", (int?)100), (error.Field, error.Limit));
    }

    [Fact]
    public async Task ListActivitiesAsync_RangeAndType_ReadsActivities()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/activities",
            """{"data":[{"id":"1234567890123456","activity_type":"PHONE_NUMBER_VERIFIED","timestamp":"2023-10-15T14:30:00Z","actor_type":"USER","actor_id":"9876543210987654","actor_name":"John Smith","details":{"verification_method":"SMS"},"ip_address":"192.168.1.100"}]}""");
        var since = new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);

        var activities = await graph.Client.BusinessAccounts.ListActivitiesAsync(new BusinessAccountActivityListOptions { Since = since, ActivityType = "PHONE_NUMBER_VERIFIED", PageSize = 50 },
            TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var activity = Assert.Single(activities);
        Assert.Equal(("PHONE_NUMBER_VERIFIED", new DateTimeOffset(2023, 10, 15, 14, 30, 0, TimeSpan.Zero), "John Smith", "SMS"),
            (activity.ActivityType, activity.Timestamp!.Value, activity.ActorName, activity.Details!.Value.GetProperty("verification_method").GetString()));
        AssertQuery(graph.SingleRequest(), ("since", since.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("activity_type", "PHONE_NUMBER_VERIFIED"), ("limit", "50"));
    }

    [Fact]
    public async Task ListSchedulesAsync_Schedules_ReadsEveryField()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/schedules",
            """{"data":[{"id":"1234567890123456","name":"Business Hours Schedule","status":"ACTIVE","schedule_type":"BUSINESS_HOURS","start_time":"09:00","end_time":"17:00","timezone":"America/New_York","days_of_week":["MONDAY","FRIDAY"],"created_time":"2024-01-15T10:30:00Z","is_active":true,"recurrence_pattern":{"frequency":"WEEKLY","interval":1}}]}""");

        var schedule = Assert.Single(await graph.Client.BusinessAccounts.ListSchedulesAsync(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(((ScheduleType?)ScheduleType.BusinessHours, "09:00", "17:00", "WEEKLY", (int?)1), (schedule.ScheduleType, schedule.StartTime, schedule.EndTime, schedule.RecurrenceFrequency, schedule.RecurrenceInterval));
        Assert.Equal(["MONDAY", "FRIDAY"], schedule.DaysOfWeek);
    }

    [Fact]
    public async Task CreateScheduleAsync_BusinessHours_PostsMetaShape()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/schedules", """{"id":"1234567890123456"}""");

        var created = await graph.Client.BusinessAccounts.CreateScheduleAsync(
            new CreateScheduleRequest("Business Hours Schedule", ScheduleType.BusinessHours, new TimeOnly(9, 0), new TimeOnly(17, 0))
            {
                Timezone = "America/New_York",
                DaysOfWeek = [DayOfWeek.Monday, DayOfWeek.Tuesday],
                IsActive = true,
                RecurrenceFrequency = "WEEKLY",
                RecurrenceInterval = 1,
            }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1234567890123456", created.Id);
        JsonAssert.Equal(
            """{"name":"Business Hours Schedule","schedule_type":"BUSINESS_HOURS","start_time":"09:00","end_time":"17:00","timezone":"America/New_York","days_of_week":["MONDAY","TUESDAY"],"is_active":true,"recurrence_pattern":{"frequency":"WEEKLY","interval":1}}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public void CreateScheduleRequest_SameDayTwice_Refused()
    {
        Assert.Equal("days_of_week", Assert.Throws<WhatsAppValidationException>(() =>
            new CreateScheduleRequest("x", ScheduleType.Custom, default, default) { DaysOfWeek = [DayOfWeek.Monday, DayOfWeek.Monday] }).Field);
    }
}
