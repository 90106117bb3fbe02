using CloudApi.Sdk.Flows.Json;

namespace CloudApi.Sdk.Tests.Flows.Json;

public sealed class FlowJsonValidationTests
{
    private static Footer Done => new("Done", FlowAction.Complete());

    private static FlowJson Flow(params FlowComponent[] layout) =>
        new() { Screens = [new FlowScreen("START") { Terminal = true, Layout = layout }] };

    [Fact]
    public void Validate_ValidFlow_FindsNoProblem() =>
        Assert.Empty(Flow(new TextHeading("Hi"), new TextInput("name", "Name"), Done).Validate());

    [Fact]
    public void Validate_NavigateToUnknownScreen_ReportsTheActionPath()
    {
        var flow = Flow(new TextHeading("Hi"), new Footer("Next", FlowAction.Navigate("NOWHERE")));

        var error = Assert.Single(flow.Validate(), e => e.Kind == FlowJsonErrorKind.UnknownScreen);

        Assert.Equal("screens[0].layout.children[1].on-click-action.next.name", error.Path);
        Assert.Contains("NOWHERE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NavigateFromANavigationListRow_ChecksTheRowTarget()
    {
        var list = new NavigationList("topics", [new NavigationItem("a", "A") { OnClickAction = FlowAction.Navigate("GONE") }]);
        var flow = new FlowJson
        {
            Screens = [new FlowScreen("LIST") { Layout = [list] }, new FlowScreen("END") { Terminal = true, Layout = [Done] }],
        };

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.UnknownScreen, "screens[0].layout.children[0].list-items[0].on-click-action.next.name"), (error.Kind, error.Path));
    }

    [Fact]
    public void Validate_RoutingModel_ReportsUnknownScreensAndTheMissingDataApiVersion()
    {
        var flow = new FlowJson
        {
            RoutingModel = new Dictionary<string, IReadOnlyList<string>> { ["START"] = ["LOST"], ["GHOST"] = [] },
            Screens = Flow(Done).Screens,
        };

        var errors = flow.Validate();

        Assert.Equal(
            [(FlowJsonErrorKind.RoutingModelWithoutDataApiVersion, "routing_model"), (FlowJsonErrorKind.UnknownScreen, "routing_model.START[0]"), (FlowJsonErrorKind.UnknownScreen, "routing_model.GHOST")],
            errors.Select(e => (e.Kind, e.Path)));
    }

    [Fact]
    public void Validate_RoutingModelWithDataApiVersion_IsAccepted()
    {
        var flow = new FlowJson
        {
            DataApiVersion = "3.0",
            RoutingModel = new Dictionary<string, IReadOnlyList<string>> { ["START"] = [] },
            Screens = Flow(Done).Screens,
        };

        Assert.Empty(flow.Validate());
    }

    [Fact]
    public void Validate_RoutingModelWithTooManyBranches_ReportsTheLimit()
    {
        var ids = Enumerable.Range(0, 11).Select(i => "S" + (char)('A' + i)).ToList();
        var flow = new FlowJson
        {
            DataApiVersion = "3.0",
            RoutingModel = new Dictionary<string, IReadOnlyList<string>> { ["START"] = ids },
            Screens = [.. Flow(Done).Screens, .. ids.Select(id => new FlowScreen(id) { Layout = [new TextBody(id)] })],
        };

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.LimitExceeded, "routing_model.START", 10), (error.Kind, error.Path, error.Limit));
    }

    [Fact]
    public void Validate_NoTerminalScreen_ReportsIt()
    {
        var flow = new FlowJson { Screens = [new FlowScreen("START") { Layout = [new TextBody("Hi")] }] };

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.NoTerminalScreen, "screens"), (error.Kind, error.Path));
    }

    [Fact]
    public void Validate_NoScreen_ReportsIt() =>
        Assert.Equal(FlowJsonErrorKind.Required, Assert.Single(new FlowJson().Validate()).Kind);

    [Fact]
    public void Validate_DuplicateScreenIds_ReportsTheSecond()
    {
        var flow = new FlowJson { Screens = [new FlowScreen("START") { Terminal = true, Layout = [Done] }, new FlowScreen("START") { Layout = [new TextBody("x")] }] };

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.DuplicateScreenId, "screens[1].id"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("SUCCESS")]
    [InlineData("STEP-1")]
    [InlineData("STEP 1")]
    public void Validate_InvalidScreenId_ReportsIt(string id)
    {
        var flow = new FlowJson { Screens = [new FlowScreen(id) { Terminal = true, Layout = [Done] }] };

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.InvalidValue, "screens[0].id"), (error.Kind, error.Path));
    }

    [Fact]
    public void Validate_DuplicateComponentNames_ReportsTheSecondEvenInsideAForm()
    {
        var flow = Flow(new TextInput("email", "Email"), new Form("form", [new TextArea("email", "Again"), Done]));

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.DuplicateName, "screens[0].layout.children[1].children[0]"), (error.Kind, error.Path));
    }

    [Fact]
    public void Validate_SameNameInBothBranchesOfAnIf_IsAccepted()
    {
        var flow = Flow(
            new If("${form.adult}", [new TextInput("id_number", "ID number")]) { Else = [new TextInput("id_number", "Guardian ID")] },
            new OptIn("adult", "I am over 18"),
            Done);

        Assert.Empty(flow.Validate());
    }

    [Fact]
    public void Validate_NameInABranchAndOutside_ReportsIt()
    {
        var flow = Flow(new OptIn("more", "More"), new TextInput("id_number", "ID"), new If("${form.more}", [new TextInput("id_number", "ID again")]), Done);

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.DuplicateName, "screens[0].layout.children[2].then[0]"), (error.Kind, error.Path));
    }

    [Fact]
    public void Validate_TwoFooters_ReportsMultipleFooters()
    {
        var error = Assert.Single(Flow(Done, Done).Validate());

        Assert.Equal((FlowJsonErrorKind.MultipleFooters, "screens[0].layout.children", 1), (error.Kind, error.Path, error.Limit));
    }

    [Fact]
    public void Validate_OneFooterInEachBranchOfAnIf_CountsAsOne()
    {
        var flow = Flow(new OptIn("ok", "OK"), new If("${form.ok}", [new Footer("Yes", FlowAction.Complete())]) { Else = [new Footer("No", FlowAction.Complete())] });

        Assert.Empty(flow.Validate());
    }

    [Fact]
    public void Validate_TerminalScreenWithoutFooter_ReportsIt()
    {
        var error = Assert.Single(Flow(new TextBody("Bye")).Validate());

        Assert.Equal(FlowJsonErrorKind.MissingFooter, error.Kind);
    }

    [Fact]
    public void Validate_LabelTooLongInsideAnIf_ReportsThePathAndTheLimit()
    {
        var flow = Flow(new OptIn("more", "More"), new If("${form.more}", [new TextInput("city", "The city where you live")]), Done);

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.LimitExceeded, "screens[0].layout.children[1].then[0].label", 20), (error.Kind, error.Path, error.Limit));
    }

    [Fact]
    public void Validate_TextWithADynamicReference_IsNotMeasured()
    {
        var flow = new FlowJson
        {
            Screens =
            [
                new FlowScreen("START")
                {
                    Terminal = true,
                    Data = new Dictionary<string, FlowDataSchema> { ["a_rather_long_label_field_name"] = FlowDataSchema.ForString("City") },
                    Layout = [new TextInput("city", FlowReference.Data("a_rather_long_label_field_name")), Done],
                },
            ],
        };

        Assert.Empty(flow.Validate());
    }

    [Fact]
    public void Validate_ComponentLimits_ReportsEachWithItsPath()
    {
        var flow = Flow(
            new TextHeading(new string('h', 81)),
            new TextArea("notes", "Notes") { MaxLength = 601 },
            new Dropdown("empty", "Empty", []),
            new ChipsSelector("one", "One", [new FlowOption("a", "A")]),
            new RadioButtonsGroup("long", [new FlowOption("a", new string('t', 31))]),
            new CheckboxGroup("pick", [new FlowOption("a", "A"), new FlowOption("a", "B")]) { MinSelectedItems = 2, MaxSelectedItems = 1 },
            new EmbeddedLink(new string('l', 26), FlowAction.Navigate("START")),
            new Footer(new string('f', 36), FlowAction.Complete()));

        var errors = flow.Validate();

        Assert.Equal(
            [
                "screens[0].layout.children[0].text", "screens[0].layout.children[1].max-length", "screens[0].layout.children[2].data-source",
                "screens[0].layout.children[3].data-source", "screens[0].layout.children[4].data-source[0].title", "screens[0].layout.children[5].data-source[1].id",
                "screens[0].layout.children[5].min-selected-items", "screens[0].layout.children[6].text", "screens[0].layout.children[7].label",
            ],
            errors.Select(e => e.Path));
        Assert.Equal(new int?[] { 80, 600, 1, 2, 30, null, null, 25, 35 }, errors.Select(e => e.Limit));
    }

    [Fact]
    public void Validate_TooManyComponentsImagesAndLinks_ReportsThePerScreenLimits()
    {
        const string png = "iVBORw0KGgo=";
        FlowComponent[] layout =
        [
            .. Enumerable.Range(0, 4).Select(_ => new Image(png)),
            .. Enumerable.Range(0, 3).Select(_ => new EmbeddedLink("More", FlowAction.Navigate("START"))),
            .. Enumerable.Range(0, 43).Select(i => new TextBody($"Line {i}")),
            Done,
        ];

        var errors = Flow(layout).Validate();

        Assert.Equal([(FlowJsonErrorKind.LimitExceeded, 50), (FlowJsonErrorKind.LimitExceeded, 3), (FlowJsonErrorKind.LimitExceeded, 2)], errors.Select(e => (e.Kind, e.Limit!.Value)));
    }

    [Fact]
    public void Validate_DataFieldWithoutExample_ReportsIt()
    {
        var flow = new FlowJson
        {
            Screens = [new FlowScreen("START") { Terminal = true, Data = new Dictionary<string, FlowDataSchema> { ["name"] = new(FlowDataType.String) }, Layout = [new TextBody("${data.name}"), Done] }],
        };

        var error = Assert.Single(flow.Validate());

        Assert.Equal((FlowJsonErrorKind.MissingExample, "screens[0].data.name"), (error.Kind, error.Path));
    }

    [Fact]
    public void Validate_ReferencesToUndeclaredDataAndForm_ReportsEach()
    {
        var flow = Flow(new TextBody(FlowReference.Data("missing")), new Footer("Done", FlowAction.Complete(new Dictionary<string, FlowJsonValue> { ["x"] = FlowReference.Form("nothing") })));

        var errors = flow.Validate();

        Assert.Equal([FlowJsonErrorKind.UnknownDataReference, FlowJsonErrorKind.UnknownFormReference], errors.Select(e => e.Kind));
        Assert.All(errors, e => Assert.Equal("screens[0].layout", e.Path));
    }

    [Fact]
    public void Validate_ActionsMissingTheirTarget_ReportsEach()
    {
        var flow = Flow(
            new EmbeddedLink("Open", new FlowAction(FlowActionName.OpenUrl)),
            new OptIn("ok", "OK") { OnSelectAction = new FlowAction(FlowActionName.UpdateData) },
            new Footer("Go", new FlowAction(FlowActionName.Navigate)));

        Assert.Equal(
            ["screens[0].layout.children[0].on-click-action.url", "screens[0].layout.children[1].on-select-action.payload", "screens[0].layout.children[2].on-click-action.next"],
            flow.Validate().Select(e => e.Path));
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOne()
    {
        var flow = new FlowJson
        {
            Screens =
            [
                new FlowScreen("START") { Layout = [new TextInput("a", "A"), new TextInput("a", "B"), new Footer("Next", FlowAction.Navigate("MISSING"))] },
                new FlowScreen("START") { Layout = [new TextBody("x")] },
            ],
        };

        Assert.Equal(
            [FlowJsonErrorKind.DuplicateScreenId, FlowJsonErrorKind.NoTerminalScreen, FlowJsonErrorKind.DuplicateName, FlowJsonErrorKind.UnknownScreen],
            flow.Validate().Select(e => e.Kind));
    }

    [Fact]
    public void ThrowIfInvalid_InvalidFlow_ThrowsValidationExceptionNamingTheFirstPathAndListingAll()
    {
        var flow = Flow(new TextInput("name", new string('x', 21)), Done, Done);

        var exception = Assert.Throws<WhatsAppValidationException>(flow.ThrowIfInvalid);

        Assert.Equal("screens[0].layout.children[0].label", exception.Field);
        Assert.Equal(20, exception.Limit);
        Assert.Contains("2 problem(s)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("a screen has at most one", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInvalid_ValidFlow_DoesNotThrow() => Flow(Done).ThrowIfInvalid();
}
