namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>A command to offer users (an item of <c>commands</c>): they see it on typing <c>/</c> in the chat.</summary>
public sealed class ConversationalCommand
{
    /// <summary>The longest command name.</summary>
    public const int MaxNameLength = 32;

    /// <summary>The longest command description.</summary>
    public const int MaxDescriptionLength = 256;

    /// <summary>Creates the command.</summary>
    /// <param name="name">The name without the <c>/</c> (<c>command_name</c>): 1 to 32 letters, digits or underscores.</param>
    /// <param name="description">What it does (<c>command_description</c>): 1 to 256 characters.</param>
    /// <exception cref="WhatsAppValidationException">The name or description is empty, too long, or the name holds other characters.</exception>
    public ConversationalCommand(string name, string description)
    {
        Validate.Text(name, MaxNameLength, "command_name");
        if (!name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new WhatsAppValidationException("command_name", $"command_name '{name}' may contain only letters, digits and underscores (no '/', spaces or emoji).");
        }

        Validate.Text(description, MaxDescriptionLength, "command_description");
        Name = name;
        Description = description;
    }

    /// <summary>The name without the <c>/</c> (<c>command_name</c>).</summary>
    public string Name { get; }

    /// <summary>What the command does (<c>command_description</c>).</summary>
    public string Description { get; }
}
