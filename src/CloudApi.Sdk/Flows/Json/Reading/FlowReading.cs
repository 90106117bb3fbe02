using System.Collections.Frozen;
using System.Text.Json;

namespace CloudApi.Sdk.Flows.Json.Reading;

/// <summary>Reads components and list items; anything it cannot type is kept raw (a component) or left untyped (an item).</summary>
internal static class FlowReading
{
    private static readonly FrozenDictionary<string, Func<FlowObjectReader, FlowComponent>> Readers =
        new Dictionary<string, Func<FlowObjectReader, FlowComponent>>(StringComparer.Ordinal)
        {
            ["TextHeading"] = TextHeading.Read,
            ["TextSubheading"] = TextSubheading.Read,
            ["TextBody"] = TextBody.Read,
            ["TextCaption"] = TextCaption.Read,
            ["RichText"] = RichText.Read,
            ["TextInput"] = TextInput.Read,
            ["TextArea"] = TextArea.Read,
            ["CheckboxGroup"] = CheckboxGroup.Read,
            ["RadioButtonsGroup"] = RadioButtonsGroup.Read,
            ["Dropdown"] = Dropdown.Read,
            ["ChipsSelector"] = ChipsSelector.Read,
            ["DatePicker"] = DatePicker.Read,
            ["CalendarPicker"] = CalendarPicker.Read,
            ["OptIn"] = OptIn.Read,
            ["Image"] = Image.Read,
            ["ImageCarousel"] = ImageCarousel.Read,
            ["EmbeddedLink"] = EmbeddedLink.Read,
            ["Footer"] = Footer.Read,
            ["NavigationList"] = NavigationList.Read,
            ["If"] = If.Read,
            ["Switch"] = Switch.Read,
            ["PhotoPicker"] = PhotoPicker.Read,
            ["DocumentPicker"] = DocumentPicker.Read,
            ["Form"] = Form.Read,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<FlowComponent> ReadAll(JsonElement array)
    {
        var components = new FlowComponent[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            components[i++] = Read(item);
        }

        return Array.AsReadOnly(components);
    }

    public static FlowComponent Read(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
            && Readers.TryGetValue(type.GetString()!, out var read)
            && Typed(json, reader =>
            {
                reader.String("type");
                var component = read(reader);
                component.ReadCommon(reader);
                return component;
            }) is { } typed)
        {
            return typed;
        }

        return new RawFlowComponent(json.Clone());
    }

    /// <summary>Types an object with <paramref name="read"/>, or gives <see langword="null"/> when a required part is missing or invalid.</summary>
    public static T? Typed<T>(JsonElement json, Func<FlowObjectReader, T?> read)
        where T : class
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return read(new FlowObjectReader(json));
        }
        catch (WhatsAppValidationException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static string? StringItem(JsonElement item) => item.ValueKind == JsonValueKind.String ? item.GetString() : null;

    public static T? Extensible<T>(string? value, Func<string, T> create)
        where T : struct => value is null ? null : create(value);
}
