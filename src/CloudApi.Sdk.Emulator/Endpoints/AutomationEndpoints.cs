using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Conversational automation: <c>POST /{phone-number-id}/conversational_automation</c> with Meta's limits (up to 4 ice
/// breakers of 80 characters, up to 30 commands with names of 32 and descriptions of 256), read back through
/// <c>GET /{phone-number-id}?fields=conversational_automation</c> and the business bot node <c>GET /{bot-id}</c>.
/// </summary>
internal static class AutomationEndpoints
{
    private const int MaxPrompts = 4;
    private const int MaxPromptLength = 80;
    private const int MaxCommands = 30;
    private const int MaxCommandName = 32;
    private const int MaxCommandDescription = 256;

    public static bool IsAutomationRead(HttpContext context) =>
        context.Request.Query["fields"].ToString().Split(',', StringSplitOptions.TrimEntries).Contains("conversational_automation", StringComparer.Ordinal);

    public static async Task UpdateAsync(HttpContext context, PhoneNumberState number)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var features = state.Business.For(number.Id);
        var welcome = JsonRules.OptionalBool(body, "enable_welcome_message", string.Empty);
        var prompts = JsonRules.OptionalArray(body, "prompts", string.Empty, 0, MaxPrompts)?
            .Select((item, i) => item is JsonValue value && value.TryGetValue<string>(out var text) && text.Length is > 0 and <= MaxPromptLength
                ? text
                : throw GraphError.InvalidParameter($"Param prompts[{i}] must be a string of 1 to {MaxPromptLength} characters."))
            .ToList();
        var commands = JsonRules.OptionalArray(body, "commands", string.Empty, 0, MaxCommands) is { } array
            ? JsonRules.Objects(array, "commands").Select(c => Command(c.Item, c.Path)).ToList()
            : null;
        lock (features.Sync)
        {
            var current = features.Automation ?? new StoredAutomation(state.Ids.NextGraphId(), false, [], []);
            features.Automation = current with
            {
                WelcomeMessage = welcome ?? current.WelcomeMessage,
                Prompts = prompts ?? current.Prompts,
                Commands = commands ?? current.Commands,
            };
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static Task GetForNumberAsync(HttpContext context, PhoneNumberState number)
    {
        var automation = Current(context.State(), number.Id);
        return context.WriteJsonAsync(new JsonObject { ["conversational_automation"] = ToJson(automation), ["id"] = number.Id });
    }

    public static Task GetBotAsync(HttpContext context, NumberFeatures features) => context.WriteJsonAsync(ToJson(features.Automation!));

    private static StoredAutomation Current(EmulatorState state, string phoneNumberId)
    {
        var features = state.Business.For(phoneNumberId);
        lock (features.Sync)
        {
            return features.Automation ??= new StoredAutomation(state.Ids.NextGraphId(), false, [], []);
        }
    }

    private static (string Name, string Description) Command(JsonObject item, string path)
    {
        var name = JsonRules.RequireString(item, "command_name", path, MaxCommandName);
        if (!name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw GraphError.InvalidParameter($"Param {path}.command_name may contain only letters, digits and underscores.");
        }

        return (name, JsonRules.RequireString(item, "command_description", path, MaxCommandDescription));
    }

    private static JsonObject ToJson(StoredAutomation automation) => new()
    {
        ["id"] = automation.BotId,
        ["prompts"] = new JsonArray([.. automation.Prompts.Select(static p => (JsonNode)p)]),
        ["commands"] = new JsonArray([.. automation.Commands.Select(static c => (JsonNode)new JsonObject { ["command_name"] = c.Name, ["command_description"] = c.Description })]),
        ["enable_welcome_message"] = automation.WelcomeMessage,
    };
}
