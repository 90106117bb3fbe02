using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A list of rows that each lead somewhere (<c>NavigationList</c>, Flow JSON 6.2+).</summary>
public sealed class NavigationList : FlowComponent
{
    /// <summary>Creates a <c>NavigationList</c>.</summary>
    /// <param name="name">The component name, unique on the screen.</param>
    /// <param name="listItems">The rows (1 to 20), or a reference.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public NavigationList(string name, FlowItems<NavigationItem> listItems)
    {
        Validate.NotEmpty(name, "NavigationList.name");
        Name = name;
        ListItems = Validate.NotNull(listItems, "NavigationList.list-items");
    }

    /// <inheritdoc/>
    public override string Type => "NavigationList";

    /// <summary>The component name, unique on the screen (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The rows (1 to 20), or a reference (<c>list-items</c>).</summary>
    public FlowItems<NavigationItem> ListItems { get; }

    /// <summary>A heading above the list (<c>label</c>). Default <see langword="null"/>: not written.</summary>
    public string? Label { get; init; }

    /// <summary>A description under the heading (<c>description</c>). Default <see langword="null"/>: not written.</summary>
    public string? Description { get; init; }

    /// <summary>The size of the row images: regular or large (<c>media-size</c>). Default <see langword="null"/>: not written.</summary>
    public string? MediaSize { get; init; }

    /// <summary>The action of every row that has none of its own (navigate or data_exchange) (<c>on-click-action</c>). Default <see langword="null"/>: not written.</summary>
    public FlowAction? OnClickAction { get; init; }

    internal override string? InputName => Name;

    internal override IEnumerable<(string Property, FlowAction Action)> Actions
    {
        get
        {
            if (OnClickAction is { } onClickAction)
            {
                yield return ("on-click-action", onClickAction);
            }

            foreach (var action in NavigationItem.ActionsOf(ListItems, "list-items"))
            {
                yield return action;
            }
        }
    }

    internal static NavigationList Read(FlowObjectReader r) => new(r.RequiredString("name"), r.Items("list-items", NavigationItem.Read) ?? throw FlowObjectReader.Missing("list-items"))
    {
        Label = r.String("label"),
        Description = r.String("description"),
        MediaSize = r.String("media-size"),
        OnClickAction = r.Action("on-click-action"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", Name);
        FlowJsonWriting.Items(writer, "list-items", ListItems, static (w, o) => o.WriteTo(w));
        FlowJsonWriting.String(writer, "label", Label);
        FlowJsonWriting.String(writer, "description", Description);
        FlowJsonWriting.String(writer, "media-size", MediaSize);
        FlowJsonWriting.Action(writer, "on-click-action", OnClickAction);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Count(path, "list-items", ListItems, FlowJsonLimits.NavigationItemsMin, FlowJsonLimits.NavigationItemsMax);
    }
}
