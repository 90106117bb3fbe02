using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// Shows <see cref="Then"/> or <see cref="Else"/> depending on a condition (<c>If</c>, Flow JSON 4.0+), e.g.
/// <c>${form.age} &gt;= 18</c> or <c>${data.is_member}</c>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Named after Meta's If component, like every component type; Visual Basic callers write [If].")]
public sealed class If : FlowComponent
{
    /// <summary>Creates a condition.</summary>
    /// <param name="condition">The condition, written with dynamic references (e.g. <c>${data.count} &gt; 0</c>).</param>
    /// <param name="then">The components shown when it holds.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="condition"/> is empty, or <paramref name="then"/> is missing or has a <see langword="null"/> item.</exception>
    public If(string condition, IEnumerable<FlowComponent> then)
    {
        Validate.NotEmpty(condition, "If.condition");
        Condition = condition;
        Then = Validate.ReadOnly(Validate.Copy(then, "If.then"));
    }

    /// <inheritdoc/>
    public override string Type => "If";

    /// <summary>The condition (<c>condition</c>).</summary>
    public string Condition { get; }

    /// <summary>The components shown when the condition holds (<c>then</c>).</summary>
    public IReadOnlyList<FlowComponent> Then { get; }

    /// <summary>The components shown otherwise (<c>else</c>). Default <see langword="null"/>: not written (nothing shown).</summary>
    public IReadOnlyList<FlowComponent>? Else { get; init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "If.else")); }

    internal override IReadOnlyList<(string Property, IReadOnlyList<FlowComponent> Children)> Nested =>
        Else is null ? [("then", Then)] : [("then", Then), ("else", Else)];

    internal override bool NestedAreAlternatives => true;

    internal static If Read(FlowObjectReader r) =>
        new(r.RequiredString("condition"), r.Components("then") ?? throw FlowObjectReader.Missing("then")) { Else = r.Components("else") };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("condition", Condition);
        FlowJsonWriting.Components(writer, "then", Then);
        FlowJsonWriting.Components(writer, "else", Else);
    }
}
