namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>A command as Meta holds it (an item of <see cref="ConversationalAutomationSettings.Commands"/>).</summary>
public sealed class ConfiguredCommand
{
    internal ConfiguredCommand(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The name without the <c>/</c> (<c>command_name</c>).</summary>
    public string Name { get; }

    /// <summary>What the command does (<c>command_description</c>).</summary>
    public string? Description { get; }
}
