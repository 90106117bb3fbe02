using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// What a flow does when opened: <c>navigate</c> to a screen with initial data (<c>flow_action_payload</c>), or
/// <c>data_exchange</c> with your endpoint.
/// </summary>
public sealed partial class FlowAction
{
    private FlowAction(string name, string? screen, JsonElement? data)
    {
        Name = name;
        Screen = screen;
        Data = data;
    }

    /// <summary>A flow that asks your data endpoint for its first screen (<c>flow_action</c> = <c>data_exchange</c>).</summary>
    public static FlowAction DataExchange { get; } = new("data_exchange", null, null);

    /// <summary>The <c>flow_action</c>: <c>navigate</c> or <c>data_exchange</c>.</summary>
    public string Name { get; }

    /// <summary>The first screen of a <c>navigate</c> action, otherwise <see langword="null"/>.</summary>
    public string? Screen { get; }

    /// <summary>The initial data of a <c>navigate</c> action (a JSON object), or <see langword="null"/>.</summary>
    public JsonElement? Data { get; }

    /// <summary>A flow that opens on <paramref name="screen"/> (<c>flow_action</c> = <c>navigate</c>) without initial data.</summary>
    /// <param name="screen">The id of the first screen.</param>
    /// <returns>The action.</returns>
    /// <exception cref="WhatsAppValidationException">The screen is empty.</exception>
    public static FlowAction Navigate(string screen) => new("navigate", ValidScreen(screen), null);

    /// <summary>A flow that opens on <paramref name="screen"/> (<c>flow_action</c> = <c>navigate</c>) with initial data.</summary>
    /// <param name="screen">The id of the first screen.</param>
    /// <param name="data">The screen's initial data: a non-empty JSON object (copied).</param>
    /// <returns>The action.</returns>
    /// <exception cref="WhatsAppValidationException">The screen is empty, or the data is not a non-empty JSON object.</exception>
    public static FlowAction Navigate(string screen, JsonElement data)
    {
        ValidScreen(screen);
        if (data.ValueKind != JsonValueKind.Object || !data.EnumerateObject().Any())
        {
            throw new WhatsAppValidationException("interactive.action.parameters.flow_action_payload.data",
                $"interactive.action.parameters.flow_action_payload.data must be a non-empty JSON object, not {Describe(data)}.");
        }

        return new FlowAction("navigate", screen, data.Clone());
    }

    private static string ValidScreen(string screen)
    {
        Validate.NotEmpty(screen, "interactive.action.parameters.flow_action_payload.screen");
        return screen;
    }

    private static string Describe(JsonElement data) => data.ValueKind == JsonValueKind.Object ? "an empty object" : data.ValueKind.ToString();
}
