using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Flows.Json;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Flows.Json;

public sealed class FlowJsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(FlowVectors.All), MemberType = typeof(FlowVectors))]
    public void ParseThenToJson_Vector_IsJsonEqualToTheInput(string file)
    {
        var json = FlowVectors.Read(file);

        var written = FlowJson.Parse(json).ToJson();

        JsonAssert.Equal(json, JsonNode.Parse(written));
    }

    [Theory]
    [MemberData(nameof(FlowVectors.All), MemberType = typeof(FlowVectors))]
    public void ParseThenToJsonIndented_Vector_IsJsonEqualToTheInput(string file)
    {
        var json = FlowVectors.Read(file);

        var written = FlowJson.Parse(json).ToJson(indented: true);

        Assert.Contains("\n", written, StringComparison.Ordinal);
        JsonAssert.Equal(json, JsonNode.Parse(written));
    }

    [Theory]
    [MemberData(nameof(FlowVectors.All), MemberType = typeof(FlowVectors))]
    public void Parse_Vector_TypesEveryComponentTheSdkKnows(string file)
    {
        var flow = FlowJson.Parse(FlowVectors.Read(file));

        var raw = FlowVectors.Components(flow).OfType<RawFlowComponent>().Select(c => c.Type);

        Assert.All(raw, type => Assert.Equal("FancyNewThing", type));
    }

    [Theory]
    [MemberData(nameof(FlowVectors.All), MemberType = typeof(FlowVectors))]
    public void Validate_Vector_FindsNoProblem(string file)
    {
        var flow = FlowJson.Parse(FlowVectors.Read(file));

        Assert.Empty(flow.Validate());
    }

    [Fact]
    public void Parse_EveryComponentVector_HasEveryComponentTypeOnce()
    {
        var flow = FlowJson.Parse(FlowVectors.Read("sdk/every-component.json"));

        var types = FlowVectors.Components(flow).Select(c => c.Type).Where(t => t is not ("Footer" or "TextBody" or "TextCaption")).ToList();

        Assert.Equal(types.Distinct(), types);
        Assert.Equal(
            ["CalendarPicker", "CheckboxGroup", "ChipsSelector", "DatePicker", "DocumentPicker", "Dropdown", "EmbeddedLink", "FancyNewThing", "If", "Image",
             "ImageCarousel", "NavigationList", "OptIn", "PhotoPicker", "RadioButtonsGroup", "RichText", "Switch", "TextArea", "TextHeading", "TextInput", "TextSubheading"],
            types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_ContactUs_ReadsTheLegacyFormAndItsCompleteAction()
    {
        var flow = FlowJson.Parse(FlowVectors.Read("contact-us.json"));

        Assert.Equal("3.1", flow.Version);
        var screen = Assert.Single(flow.Screens);
        Assert.Equal(("CONTACT_US", "Contact us", true), (screen.Id, screen.Title, screen.Terminal));
        Assert.NotNull(screen.Data);
        Assert.Empty(screen.Data);
        var form = Assert.IsType<Form>(Assert.Single(screen.Layout));
        Assert.Equal(["TextInput", "TextInput", "TextArea", "TextBody", "Footer"], form.Children.Select(c => c.Type));
        var firstName = Assert.IsType<TextInput>(form.Children[0]);
        Assert.Equal(("first_name", "First Name", true), (firstName.Name, firstName.Label, firstName.Required!.Value));
        var footer = Assert.IsType<Footer>(form.Children[4]);
        Assert.Equal(FlowActionName.Complete, footer.OnClickAction.Name);
        Assert.Equal(["firstname", "secondname", "issue", "flow_key"], footer.OnClickAction.Payload!.Keys);
        Assert.Equal("\"${form.first_name}\"", footer.OnClickAction.Payload["firstname"].ToString());
    }

    [Fact]
    public void Parse_AppointmentBooking_ReadsDynamicValuesAsReferences()
    {
        var flow = FlowJson.Parse(FlowVectors.Read("sdk/appointment-booking.json"));

        Assert.Equal(("7.2", "3.0"), (flow.Version, flow.DataApiVersion));
        Assert.Equal(["DETAILS"], flow.RoutingModel!["APPOINTMENT"]);
        Assert.Empty(flow.RoutingModel["SUMMARY"]);
        var slot = Assert.IsType<Dropdown>(flow.Screens[0].Layout[3]);
        Assert.Equal("${data.slots}", slot.DataSource.Reference);
        Assert.Empty(slot.DataSource);
        Assert.Equal("${data.is_slot_enabled}", slot.Required!.Reference);
        var service = Assert.IsType<Dropdown>(flow.Screens[0].Layout[1]);
        Assert.Equal(FlowActionName.DataExchange, service.OnSelectAction!.Name);
        var services = flow.Screens[0].Data!["services"];
        Assert.Equal((FlowDataType.Array, FlowDataType.Object), (services.Type, services.Items!.Type));
        Assert.Equal(JsonValueKind.Array, services.Example!.Kind);
        var terms = Assert.IsType<OptIn>(flow.Screens[2].Layout[2]);
        Assert.Equal(new Uri("https://luckyshrub.com/cancellation"), terms.OnClickAction!.Url);
    }

    [Fact]
    public void Parse_UnknownComponent_KeepsItRawAndWritesItBackUnchanged()
    {
        var flow = FlowJson.Parse(FlowVectors.Read("sdk/every-component.json"));

        var raw = Assert.IsType<RawFlowComponent>(flow.Screens[0].Layout[7]);

        Assert.Equal("FancyNewThing", raw.Type);
        JsonAssert.Equal("""{ "type": "FancyNewThing", "name": "fancy", "sparkle": { "level": 3 } }""", JsonNode.Parse(raw.Json));
    }

    [Fact]
    public void Parse_UnknownProperties_KeepsThemInAdditionalProperties()
    {
        var flow = FlowJson.Parse(FlowVectors.Read("sdk/every-component.json"));

        var body = Assert.IsType<TextBody>(flow.Screens[0].Layout[2]);
        var calendar = Assert.IsType<CalendarPicker>(flow.Screens[1].Layout[7]);

        Assert.Equal("center", body.AdditionalProperties["text-align"].GetString());
        Assert.Equal(FlowFontWeight.Normal, body.FontWeight);
        Assert.Null(calendar.Label);
        Assert.Equal("From", calendar.AdditionalProperties["label"].GetProperty("start-date").GetString());
        Assert.Equal(FlowCalendarMode.Range, calendar.Mode);
    }

    [Fact]
    public void Parse_KnownPropertyOfAnotherKind_KeepsThePropertyRaw()
    {
        const string json = """
            {"version":"7.2","screens":[{"id":"A","terminal":true,"layout":{"type":"SingleColumnLayout","children":[
              {"type":"TextInput","name":"age","label":"Age","required":5,"max-chars":1.5},
              {"type":"Footer","label":"Done","on-click-action":{"name":"complete","payload":{}}}]}}]}
            """;

        var flow = FlowJson.Parse(json);

        var input = Assert.IsType<TextInput>(flow.Screens[0].Layout[0]);
        Assert.Null(input.Required);
        Assert.Null(input.MaxChars);
        Assert.Equal(["required", "max-chars"], input.AdditionalProperties.Keys);
        JsonAssert.Equal(json, JsonNode.Parse(flow.ToJson()));
    }

    [Fact]
    public void Parse_ComponentWithoutARequiredProperty_KeepsTheComponentRaw()
    {
        const string json = """
            {"version":"7.2","screens":[{"id":"A","layout":{"type":"SingleColumnLayout","children":[
              {"type":"TextHeading"},{"type":"Dropdown","name":"d","label":"D","data-source":[{"id":"x"}]}]}}]}
            """;

        var flow = FlowJson.Parse(json);

        Assert.All(flow.Screens[0].Layout, c => Assert.IsType<RawFlowComponent>(c));
        Assert.Equal(["TextHeading", "Dropdown"], flow.Screens[0].Layout.Select(c => c.Type));
        JsonAssert.Equal(json, JsonNode.Parse(flow.ToJson()));
    }

    [Fact]
    public void Parse_NestedObjectWithAnUnknownProperty_KeepsTheComponentRawAndItsNameStillCounts()
    {
        const string json = """
            {"version":"7.2","screens":[{"id":"A","layout":{"type":"SingleColumnLayout","children":[
              {"type":"NavigationList","name":"topics","list-items":[{"id":"a","main-content":{"title":"A","subtitle":"new in 9.0"}}]},
              {"type":"TextInput","name":"topics","label":"Topics"}]}}]}
            """;

        var flow = FlowJson.Parse(json);

        Assert.IsType<RawFlowComponent>(flow.Screens[0].Layout[0]);
        JsonAssert.Equal(json, JsonNode.Parse(flow.ToJson()));
        Assert.Contains(flow.Validate(), e => e is { Kind: FlowJsonErrorKind.DuplicateName, Path: "screens[0].layout.children[1]" });
    }

    [Fact]
    public void Parse_UnknownActionAndTopLevelProperties_RoundTrip()
    {
        const string json = """
            {"version":"8.0","future":{"x":1},"screens":[{"id":"A","terminal":true,"future_screen":true,"layout":{"type":"SingleColumnLayout","grid":2,"children":[
              {"type":"Footer","label":"Go","on-click-action":{"name":"teleport","destination":"moon","payload":{"n":1.25,"ok":true,"list":[1,2]}}}]}}]}
            """;

        var flow = FlowJson.Parse(json);

        var action = Assert.IsType<Footer>(flow.Screens[0].Layout[0]).OnClickAction;
        Assert.Equal("teleport", action.Name.Value);
        Assert.Equal("moon", action.AdditionalProperties["destination"].GetString());
        Assert.Equal("8.0", flow.Version);
        Assert.True(flow.AdditionalProperties.ContainsKey("future"));
        JsonAssert.Equal(json, JsonNode.Parse(flow.ToJson()));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"version":"7.2"}""")]
    [InlineData("""{"version":7.2,"screens":[]}""")]
    [InlineData("""{"version":"7.2","screens":[{"title":"No id","layout":{"type":"SingleColumnLayout","children":[]}}]}""")]
    [InlineData("""{"version":"7.2","screens":[{"id":"A"}]}""")]
    [InlineData("""{"version":"7.2","screens":[""")]
    public void Parse_NotAFlow_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => FlowJson.Parse(json));
}
