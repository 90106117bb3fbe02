using System.Text.Json.Nodes;
using CloudApi.Sdk.Flows.Json;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Flows.Json;

/// <summary>
/// The examples of the "Flow JSON" section of docs/flows.md: each <c>// docs: name</c> … <c>// docs: end</c> region is a code block of the guide
/// (<see cref="FlowJsonDocTests"/> checks they are equal), and the tests below run them.
/// </summary>
public sealed class FlowJsonDocExamples
{
    internal static FlowJson SignUp()
    {
        // docs: build
        var signUp = new FlowJson // version 7.2 unless Version is set
        {
            Screens =
            [
                new FlowScreen("SIGN_UP")
                {
                    Title = "Join Lucky Shrub",
                    Data = new Dictionary<string, FlowDataSchema>(),
                    Layout =
                    [
                        new TextHeading("Create your account"),
                        new TextInput("first_name", "First name") { InputType = FlowInputType.Text, Required = true },
                        new TextInput("email", "Email") { InputType = FlowInputType.Email, Required = true },
                        new TextInput("password", "Password")
                        {
                            InputType = FlowInputType.Password,
                            Required = true,
                            MinChars = 8,
                            HelperText = "At least 8 characters",
                        },
                        new RadioButtonsGroup("plan", [new("basic", "Basic"), new("premium", "Premium") { Description = "Free delivery" }])
                        {
                            Label = "Plan",
                            Required = true,
                        },
                        new OptIn("offers", "Send me offers") { OnClickAction = FlowAction.Navigate("OFFERS") },
                        new OptIn("terms", "I accept the terms")
                        {
                            Required = true,
                            OnClickAction = FlowAction.OpenUrl("https://luckyshrub.com/terms"),
                        },
                        new Footer("Continue", FlowAction.Navigate("CONFIRM", new Dictionary<string, FlowJsonValue>
                        {
                            ["first_name"] = FlowReference.Form("first_name"), // "${form.first_name}"
                            ["email"] = FlowReference.Form("email"),
                            ["plan"] = FlowReference.Form("plan"),
                            ["offers"] = FlowReference.Form("offers"),
                        })),
                    ],
                },
                new FlowScreen("OFFERS")
                {
                    Title = "Offers",
                    Layout = [new RichText(["## What you get", "- At most two offers a month", "- Early access to the spring sale"])],
                },
                new FlowScreen("CONFIRM")
                {
                    Title = "Confirm",
                    Terminal = true,
                    Data = new Dictionary<string, FlowDataSchema> // what the navigate payload fills in, with examples
                    {
                        ["first_name"] = FlowDataSchema.ForString("Ana"),
                        ["email"] = FlowDataSchema.ForString("ana@example.com"),
                        ["plan"] = FlowDataSchema.ForString("premium"),
                        ["offers"] = FlowDataSchema.ForBoolean(true),
                    },
                    Layout =
                    [
                        new TextSubheading("Check your details"),
                        new TextBody(FlowReference.Data("email")),
                        new Switch(FlowReference.Data("plan"), new Dictionary<string, IReadOnlyList<FlowComponent>>
                        {
                            ["basic"] = [new TextBody("Basic: pay per delivery.")],
                            ["premium"] =
                            [
                                new TextBody("Premium: free delivery.") { FontWeight = FlowFontWeight.Bold },
                                new TextCaption("Billed monthly; cancel any time."),
                            ],
                        }),
                        new If(FlowReference.Data("offers"), [new TextCaption("You will get our offers.")])
                        {
                            Else = [new TextCaption("No offers, promised.") { Strikethrough = false }],
                        },
                        new Footer("Sign up", FlowAction.Complete(new Dictionary<string, FlowJsonValue>
                        {
                            ["first_name"] = FlowReference.Data("first_name"),
                            ["email"] = FlowReference.Data("email"),
                            ["plan"] = FlowReference.Data("plan"),
                            ["offers"] = FlowReference.Data("offers"),
                        })),
                    ],
                },
            ],
        };
        // docs: end
        return signUp;
    }

    internal static (IReadOnlyList<FlowJsonError> Problems, string Json) ValidateAndWrite(FlowJson signUp)
    {
        // docs: validate
        IReadOnlyList<FlowJsonError> problems = signUp.Validate(); // every problem, e.g. "screens[0].layout.children[1].label: …"
        foreach (var problem in problems)
        {
            Console.WriteLine($"{problem.Kind} at {problem.Path}: {problem.Message}");
        }

        signUp.ThrowIfInvalid();              // or throw a WhatsAppValidationException naming the first path
        string flowJson = signUp.ToJson();    // the flow.json asset to upload (ToJson(indented: true) to read it)
        // docs: end
        return (problems, flowJson);
    }

    internal static FlowJson ReadBack(string flowJson)
    {
        // docs: parse
        FlowJson flow = FlowJson.Parse(flowJson); // a flow built in Meta's builder, or downloaded from the flow's assets
        var footer = flow.Screens[^1].Layout.OfType<Footer>().Single();
        Console.WriteLine($"{flow.Version}: the last screen ends with '{footer.Label}' ({footer.OnClickAction.Name})");
        // Components and properties the SDK does not know stay as raw JSON (RawFlowComponent, AdditionalProperties),
        // so flow.ToJson() writes back JSON equal to what was read.
        // docs: end
        return flow;
    }

    [Fact]
    public void Build_SignUpExample_WritesTheSignUpVector()
    {
        var (problems, json) = ValidateAndWrite(SignUp());

        Assert.Empty(problems);
        JsonAssert.Equal(FlowVectors.Read("sdk/sign-up.json"), JsonNode.Parse(json));
    }

    [Fact]
    public void Parse_SignUpExample_ReadsTheFooterBack()
    {
        var flow = ReadBack(SignUp().ToJson());

        Assert.Equal("Sign up", flow.Screens[^1].Layout.OfType<Footer>().Single().Label);
        JsonAssert.Equal(SignUp().ToJson(), JsonNode.Parse(flow.ToJson()));
    }
}
