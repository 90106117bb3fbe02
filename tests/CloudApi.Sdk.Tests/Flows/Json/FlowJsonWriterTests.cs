using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Flows.Json;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Flows.Json;

public sealed class FlowJsonWriterTests
{
    [Fact]
    public void ToJson_OneScreenFlow_WritesVersion72AndTheLayout()
    {
        var flow = new FlowJson
        {
            Screens =
            [
                new FlowScreen("WELCOME")
                {
                    Title = "Welcome",
                    Terminal = true,
                    Layout = [new TextHeading("Hi there"), new Footer("Done", FlowAction.Complete())],
                },
            ],
        };

        JsonAssert.Equal(
            """
            {"version":"7.2","screens":[{"id":"WELCOME","title":"Welcome","terminal":true,"layout":{"type":"SingleColumnLayout","children":[
              {"type":"TextHeading","text":"Hi there"},
              {"type":"Footer","label":"Done","on-click-action":{"name":"complete","payload":{}}}]}}]}
            """,
            JsonNode.Parse(flow.ToJson()));
    }

    [Fact]
    public void ToJson_VersionSet_WritesIt()
    {
        var flow = new FlowJson { Version = "6.3", Screens = [new FlowScreen("A") { Layout = [new TextBody("x")] }] };

        Assert.StartsWith("""{"version":"6.3","screens":[""", flow.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_TextWithAmpersandAndNonAscii_WritesThemUnescaped()
    {
        var flow = new FlowJson { Screens = [new FlowScreen("A") { Layout = [new TextBody("Soil & pots from €4 🌱")] }] };

        Assert.Contains("\"Soil & pots from €4", flow.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_AppointmentBookingBuiltInCode_EqualsTheVector()
    {
        var flow = AppointmentBooking();

        JsonAssert.Equal(FlowVectors.Read("sdk/appointment-booking.json"), JsonNode.Parse(flow.ToJson()));
        Assert.Empty(flow.Validate());
    }

    [Fact]
    public void WriteTo_Writer_WritesTheSameJsonAsToJson()
    {
        var flow = AppointmentBooking();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            flow.WriteTo(writer);
        }

        JsonAssert.Equal(flow.ToJson(), JsonNode.Parse(stream.ToArray()));
    }

    [Fact]
    public void ToJson_DynamicValuesAndAdditionalProperties_WritesThemAsGiven()
    {
        var input = new TextInput("age", "Age")
        {
            InputType = FlowInputType.Number,
            Required = FlowReference.Data("age_required"),
            MaxChars = 3,
            Visible = "${data.show_age}",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["label-variant"] = JsonDocument.Parse("\"large\"").RootElement },
        };
        var flow = new FlowJson { Screens = [new FlowScreen("A") { Layout = [input] }] };

        JsonAssert.Equal(
            """
            {"version":"7.2","screens":[{"id":"A","layout":{"type":"SingleColumnLayout","children":[
              {"type":"TextInput","name":"age","label":"Age","input-type":"number","required":"${data.age_required}","max-chars":3,
               "visible":"${data.show_age}","label-variant":"large"}]}}]}
            """,
            JsonNode.Parse(flow.ToJson()));
    }

    [Fact]
    public void Screens_CallerChangesItsList_TheFlowDoesNotChange()
    {
        var layout = new List<FlowComponent> { new TextBody("one") };
        var screens = new List<FlowScreen> { new("A") { Layout = layout } };
        var flow = new FlowJson { Screens = screens };

        layout.Add(new TextBody("two"));
        screens.Add(new FlowScreen("B"));

        Assert.Single(flow.Screens);
        Assert.Single(flow.Screens[0].Layout);
    }

    [Fact]
    public void Constructors_RequiredValueEmpty_ThrowValidationExceptionNamingTheField()
    {
        Assert.Equal("TextInput.name", Assert.Throws<WhatsAppValidationException>(() => new TextInput("", "Name")).Field);
        Assert.Equal("Footer.on-click-action", Assert.Throws<WhatsAppValidationException>(() => new Footer("Go", null!)).Field);
        Assert.Equal("screens.id", Assert.Throws<WhatsAppValidationException>(() => new FlowScreen(" ")).Field);
        Assert.Equal("action.url", Assert.Throws<WhatsAppValidationException>(() => FlowAction.OpenUrl("ftp://luckyshrub.com")).Field);
        Assert.Equal("data-source.title", Assert.Throws<WhatsAppValidationException>(() => new FlowOption("a", "")).Field);
    }

    [Theory]
    [InlineData("data.required")]
    [InlineData("${data.required")]
    public void FlowValue_TextThatIsNotAReference_IsRefused(string text) =>
        Assert.Throws<WhatsAppValidationException>(() => _ = (FlowValue<bool>)text);

    [Fact]
    public void FlowItems_FromAReference_IsEmptyAndKeepsTheReference()
    {
        FlowItems<FlowOption> items = "${data.slots}";

        Assert.Equal((true, "${data.slots}", 0), (items.IsReference, items.Reference, items.Count));
    }

    [Fact]
    public void FlowReference_Helpers_WriteMetaSyntax()
    {
        Assert.Equal("${data.slots}", FlowReference.Data("slots"));
        Assert.Equal("${form.email}", FlowReference.Form("email"));
        Assert.Equal("${screen.DETAILS.form.email}", FlowReference.ScreenForm("DETAILS", "email"));
        Assert.Equal("${screen.DETAILS.data.slot}", FlowReference.ScreenData("DETAILS", "slot"));
        Assert.Throws<WhatsAppValidationException>(() => FlowReference.Form("e mail"));
    }

    [Fact]
    public void FlowDataSchemaForOptions_Items_WritesAnArrayOfIdAndTitleWithTheItemsAsExample()
    {
        var flow = new FlowJson
        {
            Screens = [new FlowScreen("A") { Data = new Dictionary<string, FlowDataSchema> { ["slots"] = FlowDataSchema.ForOptions([new("0900", "09:00")]) }, Layout = [] }],
        };

        JsonAssert.Equal(
            """
            {"version":"7.2","screens":[{"id":"A","data":{"slots":{"type":"array",
              "items":{"type":"object","properties":{"id":{"type":"string"},"title":{"type":"string"}}},
              "__example__":[{"id":"0900","title":"09:00"}]}},"layout":{"type":"SingleColumnLayout","children":[]}}]}
            """,
            JsonNode.Parse(flow.ToJson()));
    }

    private static FlowJson AppointmentBooking()
    {
        Dictionary<string, FlowJsonValue> Payload(params (string Key, FlowJsonValue Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

        var appointment = new FlowScreen("APPOINTMENT")
        {
            Title = "Book an appointment",
            Data = new Dictionary<string, FlowDataSchema>
            {
                ["services"] = FlowDataSchema.ForOptions([new("repotting", "Repotting"), new("pruning", "Pruning")]),
                ["slots"] = FlowDataSchema.ForOptions([new("0900", "09:00"), new("1400", "14:00")]),
                ["is_slot_enabled"] = FlowDataSchema.ForBoolean(false),
            },
            Layout =
            [
                new TextHeading("When suits you?"),
                new Dropdown("service", "Service", FlowReference.Data("services"))
                {
                    Required = true,
                    OnSelectAction = FlowAction.DataExchange(Payload(("trigger", "service_selected"), ("service", FlowReference.Form("service")))),
                },
                new DatePicker("date", "Date")
                {
                    Required = true,
                    MinDate = "2026-12-01",
                    MaxDate = "2027-02-28",
                    UnavailableDates = ["2026-12-25", "2027-01-01"],
                    HelperText = "Closed on public holidays",
                },
                new Dropdown("slot", "Time", FlowReference.Data("slots"))
                {
                    Required = FlowReference.Data("is_slot_enabled"),
                    Enabled = FlowReference.Data("is_slot_enabled"),
                },
                new Footer("Continue", FlowAction.DataExchange(Payload(
                    ("trigger", "slot_chosen"), ("service", "${form.service}"), ("date", "${form.date}"), ("slot", "${form.slot}")))),
            ],
        };
        var details = new FlowScreen("DETAILS")
        {
            Title = "Your details",
            Data = new Dictionary<string, FlowDataSchema>
            {
                ["service"] = FlowDataSchema.ForString("repotting"),
                ["date"] = FlowDataSchema.ForString("2026-12-14"),
                ["slot"] = FlowDataSchema.ForString("0900"),
            },
            Layout =
            [
                new TextInput("name", "Name") { InputType = FlowInputType.Text, Required = true },
                new TextInput("email", "Email") { InputType = FlowInputType.Email, Required = true, HelperText = "Your confirmation goes here" },
                new TextInput("phone", "Phone") { InputType = FlowInputType.Phone, Required = false },
                new TextArea("notes", "Anything else?") { Required = false, MaxLength = 300 },
                new Footer("Review", FlowAction.DataExchange(Payload(
                    ("trigger", "details_entered"), ("service", "${data.service}"), ("date", "${data.date}"), ("slot", "${data.slot}"),
                    ("name", "${form.name}"), ("email", "${form.email}"), ("phone", "${form.phone}"), ("notes", "${form.notes}")))),
            ],
        };
        var summary = new FlowScreen("SUMMARY")
        {
            Title = "Summary",
            Terminal = true,
            Success = true,
            Data = new Dictionary<string, FlowDataSchema>
            {
                ["appointment"] = FlowDataSchema.ForString("Repotting on 14 Dec 2026 at 09:00"),
                ["contact"] = FlowDataSchema.ForString("Ana Ruiz, ana@example.com"),
                ["booking_id"] = FlowDataSchema.ForNumber(1042),
            },
            Layout =
            [
                new TextHeading("${data.appointment}"),
                new TextBody("${data.contact}"),
                new OptIn("terms", "I accept the cancellation terms") { Required = true, OnClickAction = FlowAction.OpenUrl("https://luckyshrub.com/cancellation") },
                new Footer("Confirm", FlowAction.Complete(Payload(("booking_id", "${data.booking_id}"), ("accepted_terms", "${form.terms}"))))
                {
                    CenterCaption = "Free cancellation up to 24 hours before",
                },
            ],
        };

        return new FlowJson
        {
            DataApiVersion = "3.0",
            RoutingModel = new Dictionary<string, IReadOnlyList<string>> { ["APPOINTMENT"] = ["DETAILS"], ["DETAILS"] = ["SUMMARY"], ["SUMMARY"] = [] },
            Screens = [appointment, details, summary],
        };
    }
}
