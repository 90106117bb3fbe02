using CloudApi.Sdk.ConversationalAutomation.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>A number's conversational components as Meta holds them (<c>conversational_automation</c>, or the business bot node).</summary>
public sealed class ConversationalAutomationSettings : GraphResult
{
    internal ConversationalAutomationSettings(
        string? id, bool? isWelcomeMessageEnabled, IReadOnlyList<string> prompts, IReadOnlyList<ConfiguredCommand> commands, GraphSource source)
        : base(source)
    {
        Id = id;
        IsWelcomeMessageEnabled = isWelcomeMessageEnabled;
        Prompts = prompts;
        Commands = commands;
    }

    internal ConversationalAutomationSettings(ConversationalAutomationWire wire, GraphSource source)
        : this(wire.Id, wire.EnableWelcomeMessage, wire.Prompts ?? [],
            [.. (wire.Commands ?? []).Select(static command => new ConfiguredCommand(command.CommandName ?? string.Empty, command.CommandDescription))], source)
    {
    }

    /// <summary>The business bot's id (<c>id</c>), for <see cref="IConversationalAutomationClient.GetBotAsync"/>.</summary>
    public string? Id { get; }

    /// <summary>Whether welcome messages are on (<c>enable_welcome_message</c>), when Meta sent it.</summary>
    public bool? IsWelcomeMessageEnabled { get; }

    /// <summary>The ice breakers (<c>prompts</c>); empty when none are set.</summary>
    public IReadOnlyList<string> Prompts { get; }

    /// <summary>The commands (<c>commands</c>); empty when none are set.</summary>
    public IReadOnlyList<ConfiguredCommand> Commands { get; }
}
