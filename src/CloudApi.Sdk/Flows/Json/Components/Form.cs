using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>The legacy container of input components (<c>Form</c>, Flow JSON before 4.0; Meta's older published flows use it).</summary>
public sealed class Form : FlowComponent
{
    /// <summary>Creates a <c>Form</c>.</summary>
    /// <param name="name">The form name.</param>
    /// <param name="children">The components inside the form.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public Form(string name, IReadOnlyList<FlowComponent> children)
    {
        Validate.NotEmpty(name, "Form.name");
        Name = name;
        Children = Validate.ReadOnly(Validate.Copy(children, "Form.children"));
    }

    /// <inheritdoc/>
    public override string Type => "Form";

    /// <summary>The form name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The components inside the form (<c>children</c>).</summary>
    public IReadOnlyList<FlowComponent> Children { get; }

    internal static Form Read(FlowObjectReader r) => new(r.RequiredString("name"), r.Components("children") ?? throw FlowObjectReader.Missing("children"));

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        FlowJsonWriting.Components(writer, "children", Children);
    }

    internal override IReadOnlyList<(string Property, IReadOnlyList<FlowComponent> Children)> Nested => [("children", Children)];
}
