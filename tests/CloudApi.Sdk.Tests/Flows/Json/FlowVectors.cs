using CloudApi.Sdk.Flows.Json;

namespace CloudApi.Sdk.Tests.Flows.Json;

/// <summary>The Flow JSON vectors of tests/TestData/meta-flows, copied to the test output.</summary>
internal static class FlowVectors
{
    /// <summary>Meta's published example flows and the SDK's own 7.2 flows.</summary>
    public static TheoryData<string> All => new(
        "contact-us.json",
        "agent-connect.json",
        "sdk/appointment-booking.json",
        "sdk/sign-up.json",
        "sdk/every-component.json");

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "TestData", "meta-flows", .. name.Split('/')]));

    /// <summary>Every component of the flow, nested ones included.</summary>
    public static IEnumerable<FlowComponent> Components(FlowJson flow) => flow.Screens.SelectMany(s => Flatten(s.Layout));

    private static IEnumerable<FlowComponent> Flatten(IEnumerable<FlowComponent> components) =>
        components.SelectMany(c => Children(c).Prepend(c));

    private static IEnumerable<FlowComponent> Children(FlowComponent component) => component switch
    {
        Form form => Flatten(form.Children),
        If condition => Flatten(condition.Then.Concat(condition.Else ?? [])),
        Switch choice => Flatten(choice.Cases.Values.SelectMany(c => c)),
        _ => [],
    };
}
