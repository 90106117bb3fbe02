using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Calling;

public sealed class CallingSettingsTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task UpdateSettingsAsync_EveryCallingPart_PostsMetaShape()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/settings", """{"success":true}""");

        await graph.Client.PhoneNumbers.UpdateSettingsAsync(new PhoneNumberSettingsUpdate
        {
            Calling = new CallingSettingsUpdate(FeatureStatus.Enabled)
            {
                CallIconVisibility = "DEFAULT",
                CallbackPermissionStatus = FeatureStatus.Enabled,
                CallHours = new CallHoursUpdate(FeatureStatus.Enabled)
                {
                    TimeZoneId = "America/Manaus",
                    WeeklyOperatingHours =
                    [
                        new CallOperatingHours(DayOfWeek.Monday, new TimeOnly(4, 0), new TimeOnly(10, 20)),
                        new CallOperatingHours(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(17, 30)),
                    ],
                    HolidaySchedule = [new CallHoliday(new DateOnly(2026, 1, 1), new TimeOnly(0, 0), new TimeOnly(23, 59))],
                },
                SipStatus = FeatureStatus.Enabled,
                SipServers = [new SipServerUpdate("sip.example.com") { Port = 5061, RequestUriUserParameters = new Dictionary<string, string> { ["KEY1"] = "VALUE1" } }],
            },
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """
            {"calling":{"status":"enabled","call_icon_visibility":"DEFAULT","callback_permission_status":"enabled",
              "call_hours":{"status":"enabled","timezone_id":"America/Manaus",
                "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0400","close_time":"1020"},{"day_of_week":"TUESDAY","open_time":"0900","close_time":"1730"}],
                "holiday_schedule":[{"date":"2026-01-01","start_time":"0000","end_time":"2359"}]},
              "sip":{"status":"enabled","servers":[{"hostname":"sip.example.com","port":5061,"request_uri_user_params":{"KEY1":"VALUE1"}}]}}}
            """,
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task GetSettingsAsync_DocumentedCallHours_ReadsWeeklyHoursHolidaysAndSipParameters()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/settings",
            """
            {"calling":{"status":"ENABLED","call_icon_visibility":"DEFAULT","callback_permission_status":"ENABLED",
              "call_hours":{"status":"ENABLED","timezone_id":"America/Manaus",
                "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0400","close_time":"1020"},{"day_of_week":"FUNDAY","open_time":"0400","close_time":"1020"}],
                "holiday_schedule":[{"date":"2026-01-01","start_time":"0000","end_time":"2359"}]},
              "sip":{"status":"ENABLED","servers":[{"app_id":"1","hostname":"sip.example.com","port":5061,"request_uri_user_params":{"KEY1":"VALUE1"}}]}},
             "storage_configuration":{"status":"default"}}
            """);

        var calling = (await graph.Client.PhoneNumbers.GetSettingsAsync(cancellationToken: TestContext.Current.CancellationToken)).Calling!;

        Assert.Equal(FeatureStatus.Enabled, calling.Status);
        Assert.Equal(FeatureStatus.Enabled, calling.CallbackPermissionStatus);
        Assert.Equal("America/Manaus", calling.CallHours!.Timezone);
        var monday = Assert.Single(calling.CallHours.WeeklyOperatingHours);
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(4, 0), new TimeOnly(10, 20)), (monday.DayOfWeek, monday.OpenTime, monday.CloseTime));
        var holiday = Assert.Single(calling.CallHours.HolidaySchedule);
        Assert.Equal((new DateOnly(2026, 1, 1), new TimeOnly(23, 59)), (holiday.Date, holiday.EndTime));
        Assert.Equal("VALUE1", Assert.Single(calling.Sip!.Servers).RequestUriUserParameters["KEY1"]);
    }

    [Fact]
    public async Task UpdateSettingsAsync_CallHoursEnabledWithoutTimeZone_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.UpdateSettingsAsync(new PhoneNumberSettingsUpdate
        {
            Calling = new CallingSettingsUpdate(FeatureStatus.Enabled)
            {
                CallHours = new CallHoursUpdate(FeatureStatus.Enabled) { WeeklyOperatingHours = [new CallOperatingHours(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(17, 0))] },
            },
        }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("calling.call_hours.timezone_id", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task UpdateSettingsAsync_SipServersWithoutStatus_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.PhoneNumbers.UpdateSettingsAsync(new PhoneNumberSettingsUpdate
        {
            Calling = new CallingSettingsUpdate(FeatureStatus.Enabled) { SipServers = [new SipServerUpdate("sip.example.com")] },
        }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("calling.sip.status", error.Field);
    }

    [Fact]
    public void CallHoursParts_BadValues_RefusedNamingTheField()
    {
        Assert.Equal("calling.call_hours.weekly_operating_hours",
            Assert.Throws<WhatsAppValidationException>(() => new CallOperatingHours(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(9, 0))).Field);
        Assert.Equal("calling.call_hours.weekly_operating_hours.day_of_week",
            Assert.Throws<WhatsAppValidationException>(() => new CallOperatingHours((DayOfWeek)9, new TimeOnly(9, 0), new TimeOnly(17, 0))).Field);
        Assert.Equal("calling.call_hours.holiday_schedule",
            Assert.Throws<WhatsAppValidationException>(() => new CallHoliday(new DateOnly(2026, 1, 1), new TimeOnly(9, 0, 30), new TimeOnly(17, 0))).Field);
        Assert.Equal("calling.sip.servers.port", Assert.Throws<WhatsAppValidationException>(() => new SipServerUpdate("sip.example.com") { Port = 70000 }).Field);
        Assert.Equal("calling.call_icon_visibility", Assert.Throws<WhatsAppValidationException>(() => new CallingSettingsUpdate(FeatureStatus.Enabled) { CallIconVisibility = "SOMETIMES" }).Field);
    }
}
