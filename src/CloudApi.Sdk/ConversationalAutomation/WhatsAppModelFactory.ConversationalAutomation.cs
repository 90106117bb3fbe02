using System.Text.Json;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the conversational-automation calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="ConversationalAutomation.ConversationalAutomationSettings"/>.</summary>
    /// <param name="id">The bot id (<c>id</c>).</param>
    /// <param name="isWelcomeMessageEnabled">Whether welcome messages are on (<c>enable_welcome_message</c>).</param>
    /// <param name="prompts">The ice breakers (<c>prompts</c>). Defaults to empty.</param>
    /// <param name="commands">The commands (<c>commands</c>). Defaults to empty.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static ConversationalAutomationSettings ConversationalAutomationSettings(
        string? id = null,
        bool? isWelcomeMessageEnabled = null,
        IEnumerable<string>? prompts = null,
        IEnumerable<ConfiguredCommand>? commands = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(id, isWelcomeMessageEnabled, prompts is null ? [] : [.. prompts], commands is null ? [] : [.. commands], GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="ConversationalAutomation.ConfiguredCommand"/>.</summary>
    /// <param name="name">The name (<c>command_name</c>).</param>
    /// <param name="description">The description (<c>command_description</c>).</param>
    /// <returns>The value.</returns>
    public static ConfiguredCommand ConfiguredCommand(string name, string? description = null) => new(name, description);
}
