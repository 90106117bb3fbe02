using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json.Validation;

/// <summary>The rules across screens and components that <see cref="FlowJson.Validate"/> checks.</summary>
internal static partial class FlowJsonValidation
{
    private const string ReservedScreenId = "SUCCESS";

    public static IReadOnlyList<FlowJsonError> Run(FlowJson flow)
    {
        var validator = new FlowValidator();
        var screenIds = new HashSet<string>(StringComparer.Ordinal);
        if (flow.Screens.Count == 0)
        {
            validator.Add(FlowJsonErrorKind.Required, "screens", "A flow needs at least one screen.", 1);
        }

        for (var i = 0; i < flow.Screens.Count; i++)
        {
            var id = flow.Screens[i].Id;
            if (!screenIds.Add(id))
            {
                validator.Add(FlowJsonErrorKind.DuplicateScreenId, $"screens[{i}].id", $"The screen id '{id}' is used by more than one screen.");
            }

            if (id == ReservedScreenId)
            {
                validator.Add(FlowJsonErrorKind.InvalidValue, $"screens[{i}].id", $"The screen id '{ReservedScreenId}' is reserved by Meta.");
            }
            else if (!ScreenId().IsMatch(id))
            {
                validator.Add(FlowJsonErrorKind.InvalidValue, $"screens[{i}].id", $"The screen id '{id}' may contain only letters and underscores.");
            }
        }

        if (flow.Screens.Count > 0 && !flow.Screens.Any(s => s.Terminal == true))
        {
            validator.Add(FlowJsonErrorKind.NoTerminalScreen, "screens", "No screen is terminal; at least one screen must have \"terminal\": true.");
        }

        Routing(flow, screenIds, validator);
        for (var i = 0; i < flow.Screens.Count; i++)
        {
            Screen(flow.Screens[i], $"screens[{i}]", screenIds, validator);
        }

        return validator.Errors;
    }

    private static void Routing(FlowJson flow, HashSet<string> screenIds, FlowValidator validator)
    {
        if (flow.RoutingModel is null)
        {
            return;
        }

        if (flow.DataApiVersion is null)
        {
            validator.Add(FlowJsonErrorKind.RoutingModelWithoutDataApiVersion, "routing_model",
                "A routing model is for flows with an endpoint, which also need data_api_version (\"3.0\").");
        }

        foreach (var (screen, next) in flow.RoutingModel)
        {
            if (!screenIds.Contains(screen))
            {
                validator.Add(FlowJsonErrorKind.UnknownScreen, $"routing_model.{screen}", $"The routing model names the screen '{screen}', which the flow does not have.");
            }

            if (next.Count > FlowJsonLimits.RoutingBranchesPerScreen)
            {
                validator.Add(FlowJsonErrorKind.LimitExceeded, $"routing_model.{screen}",
                    $"The screen '{screen}' leads to {next.Count} screens; the limit is {FlowJsonLimits.RoutingBranchesPerScreen}.", FlowJsonLimits.RoutingBranchesPerScreen);
            }

            for (var j = 0; j < next.Count; j++)
            {
                if (!screenIds.Contains(next[j]))
                {
                    validator.Add(FlowJsonErrorKind.UnknownScreen, $"routing_model.{screen}[{j}]", $"The routing model leads to the screen '{next[j]}', which the flow does not have.");
                }
            }
        }
    }

    private static void Screen(FlowScreen screen, string path, HashSet<string> screenIds, FlowValidator validator)
    {
        if (screen.Data is not null)
        {
            foreach (var (name, schema) in screen.Data)
            {
                if (schema.Example is null)
                {
                    validator.Add(FlowJsonErrorKind.MissingExample, $"{path}.data.{name}", $"The data field '{name}' needs an __example__.");
                }
            }
        }

        var childrenPath = $"{path}.layout.children";
        var tally = Walk(screen.Layout, childrenPath, screenIds, validator);
        Limit(validator, tally.Components, FlowJsonLimits.ComponentsPerScreen, childrenPath, "components");
        Limit(validator, tally.Images, FlowJsonLimits.ImagesPerScreen, childrenPath, "Image components");
        Limit(validator, tally.Links, FlowJsonLimits.EmbeddedLinksPerScreen, childrenPath, "EmbeddedLink components");
        if (tally.Footers > FlowJsonLimits.FootersPerScreen)
        {
            validator.Add(FlowJsonErrorKind.MultipleFooters, childrenPath, $"The screen has {tally.Footers} Footers; a screen has at most one.", FlowJsonLimits.FootersPerScreen);
        }

        if (screen.Terminal == true && tally.Footers == 0)
        {
            validator.Add(FlowJsonErrorKind.MissingFooter, childrenPath, $"The terminal screen '{screen.Id}' has no Footer.");
        }

        References(screen, path, tally, validator);
    }

    private static void Limit(FlowValidator validator, int count, int max, string path, string what)
    {
        if (count > max)
        {
            validator.Add(FlowJsonErrorKind.LimitExceeded, path, $"The screen has {count} {what}; the limit is {max}.", max);
        }
    }

    /// <summary>
    /// Checks a list of components and counts what the screen limits; the branches of an If or Switch are alternatives,
    /// so they count as their largest branch and may reuse each other's names.
    /// </summary>
    private static Tally Walk(IReadOnlyList<FlowComponent> components, string path, HashSet<string> screenIds, FlowValidator validator)
    {
        var tally = new Tally();
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            var at = $"{path}[{i}]";
            component.ValidateLimits(validator, at);
            foreach (var (property, action) in component.Actions)
            {
                Action(action, $"{at}.{property}", screenIds, validator);
            }

            tally.Components++;
            tally.Footers += component is Footer ? 1 : 0;
            tally.Images += component is Image ? 1 : 0;
            tally.Links += component is EmbeddedLink ? 1 : 0;
            if (component.InputName is { } name)
            {
                tally.AddName(name, at, validator);
            }

            var nested = component.Nested.Select(n => Walk(n.Children, $"{at}.{n.Property}", screenIds, validator)).ToList();
            if (nested.Count > 0)
            {
                tally.Add(nested, component.NestedAreAlternatives, validator);
            }
        }

        return tally;
    }

    private static void Action(FlowAction action, string path, HashSet<string> screenIds, FlowValidator validator)
    {
        if (action.Name == FlowActionName.Navigate)
        {
            if (action.NextScreen is null)
            {
                validator.Add(FlowJsonErrorKind.Required, $"{path}.next", "A navigate action needs next: the screen to go to.");
            }
            else if (!screenIds.Contains(action.NextScreen))
            {
                validator.Add(FlowJsonErrorKind.UnknownScreen, $"{path}.next.name", $"The navigate action goes to the screen '{action.NextScreen}', which the flow does not have.");
            }
        }
        else if (action.Name == FlowActionName.OpenUrl && action.Url is null)
        {
            validator.Add(FlowJsonErrorKind.Required, $"{path}.url", "An open_url action needs a url.");
        }
        else if (action.Name == FlowActionName.UpdateData && action.Payload is null)
        {
            validator.Add(FlowJsonErrorKind.Required, $"{path}.payload", "An update_data action needs a payload.");
        }
    }

    /// <summary><c>${data.X}</c> must be declared in the screen's data model and <c>${form.X}</c> must name a component of the screen.</summary>
    private static void References(FlowScreen screen, string path, Tally tally, FlowValidator validator)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            FlowJsonWriting.Components(writer, "children", screen.Layout);
            writer.WriteEndObject();
        }

        var layout = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match reference in Reference().Matches(layout))
        {
            var scope = reference.Groups["scope"].Value;
            var name = reference.Groups["name"].Value;
            var known = scope == "data" ? screen.Data?.ContainsKey(name) == true : tally.Names.ContainsKey(name);
            if (!known && reported.Add(reference.Value))
            {
                validator.Add(
                    scope == "data" ? FlowJsonErrorKind.UnknownDataReference : FlowJsonErrorKind.UnknownFormReference,
                    $"{path}.layout",
                    scope == "data"
                        ? $"{reference.Value} refers to the data field '{name}', which the screen's data model does not declare."
                        : $"{reference.Value} refers to the component '{name}', which the screen does not have.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_]+$")]
    private static partial Regex ScreenId();

    /// <summary>A reference to the current screen's data or form (not <c>${screen.X…}</c>, which names another screen).</summary>
    [GeneratedRegex(@"\$\{(?<scope>data|form)\.(?<name>[A-Za-z0-9_]+)")]
    private static partial Regex Reference();

    private sealed class Tally
    {
        public int Components { get; set; }

        public int Footers { get; set; }

        public int Images { get; set; }

        public int Links { get; set; }

        /// <summary>Each component name with the path of its first use.</summary>
        public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

        public void AddName(string name, string path, FlowValidator validator)
        {
            if (!Names.TryAdd(name, path))
            {
                validator.Add(FlowJsonErrorKind.DuplicateName, path, $"The name '{name}' is already used on this screen by {Names[name]}.");
            }
        }

        public void Add(List<Tally> nested, bool alternatives, FlowValidator validator)
        {
            Components += nested.Sum(n => n.Components);
            Footers += alternatives ? nested.Max(n => n.Footers) : nested.Sum(n => n.Footers);
            Images += alternatives ? nested.Max(n => n.Images) : nested.Sum(n => n.Images);
            Links += alternatives ? nested.Max(n => n.Links) : nested.Sum(n => n.Links);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, path) in nested.SelectMany(n => n.Names))
            {
                if (!alternatives || !names.ContainsKey(name))
                {
                    if (!names.TryAdd(name, path))
                    {
                        validator.Add(FlowJsonErrorKind.DuplicateName, path, $"The name '{name}' is already used on this screen by {names[name]}.");
                    }
                }
            }

            foreach (var (name, path) in names)
            {
                AddName(name, path, validator);
            }
        }
    }
}
