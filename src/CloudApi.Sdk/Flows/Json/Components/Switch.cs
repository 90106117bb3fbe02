using System.Collections.ObjectModel;
using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// Shows the components of the case that matches a value (<c>Switch</c>, Flow JSON 4.0+), e.g. <c>${data.plan}</c> with
/// cases <c>basic</c> and <c>premium</c>.
/// </summary>
public sealed class Switch : FlowComponent
{
    /// <summary>Creates a switch.</summary>
    /// <param name="value">The value to match, a dynamic reference (e.g. <c>${data.plan}</c>).</param>
    /// <param name="cases">The components of each case, by the value that selects it.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="value"/> is empty, or <paramref name="cases"/> is missing, empty or has a <see langword="null"/> list.</exception>
    public Switch(string value, IReadOnlyDictionary<string, IReadOnlyList<FlowComponent>> cases)
    {
        Validate.NotEmpty(value, "Switch.value");
        Validate.NotNull(cases, "Switch.cases");
        Validate.Count(cases.Count, 1, int.MaxValue, "Switch.cases");
        Value = value;
        Cases = new ReadOnlyDictionary<string, IReadOnlyList<FlowComponent>>(cases.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FlowComponent>)Validate.ReadOnly(Validate.Copy(c.Value, $"Switch.cases.{c.Key}")),
            StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public override string Type => "Switch";

    /// <summary>The value to match (<c>value</c>).</summary>
    public string Value { get; }

    /// <summary>The components of each case (<c>cases</c>), in the order given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FlowComponent>> Cases { get; }

    internal override IReadOnlyList<(string Property, IReadOnlyList<FlowComponent> Children)> Nested =>
        [.. Cases.Select(c => ($"cases.{c.Key}", c.Value))];

    internal override bool NestedAreAlternatives => true;

    internal static Switch Read(FlowObjectReader r) =>
        new(r.RequiredString("value"), r.Object("cases", ReadCases) ?? throw FlowObjectReader.Missing("cases"));

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("value", Value);
        writer.WriteStartObject("cases");
        foreach (var (key, components) in Cases)
        {
            FlowJsonWriting.Components(writer, key, components);
        }

        writer.WriteEndObject();
    }

    private static Dictionary<string, IReadOnlyList<FlowComponent>>? ReadCases(JsonElement json)
    {
        var cases = new Dictionary<string, IReadOnlyList<FlowComponent>>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            cases[property.Name] = FlowReading.ReadAll(property.Value);
        }

        return cases.Count == 0 ? null : cases;
    }
}
