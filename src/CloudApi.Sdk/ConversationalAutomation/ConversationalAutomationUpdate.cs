namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>
/// Changes to a number's conversational components (<c>POST /{phone-number-id}/conversational_automation</c>); unset
/// properties are unchanged, an empty list removes them all. Each value is checked when set.
/// </summary>
public sealed class ConversationalAutomationUpdate
{
    /// <summary>The most ice breakers.</summary>
    public const int MaxPrompts = 4;

    /// <summary>The longest ice breaker.</summary>
    public const int MaxPromptLength = 80;

    /// <summary>The most commands.</summary>
    public const int MaxCommands = 30;

    /// <summary><value>Whether Meta sends a <c>request_welcome</c> webhook when a user opens a first chat (<c>enable_welcome_message</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public bool? EnableWelcomeMessage { get; init; }

    /// <summary><value>The ice breakers (<c>prompts</c>): up to 4, each 1 to 80 characters. Default <see langword="null"/>: unchanged. The list is copied.</value></summary>
    /// <exception cref="WhatsAppValidationException">Too many prompts, or one is empty, too long or repeated.</exception>
    public IReadOnlyList<string>? Prompts
    {
        get;
        init
        {
            if (value is null)
            {
                field = null;
                return;
            }

            var prompts = Validate.Copy(value, "prompts");
            Validate.Count(prompts.Length, 0, MaxPrompts, "prompts");
            for (var i = 0; i < prompts.Length; i++)
            {
                Validate.Text(prompts[i], MaxPromptLength, $"prompts[{i}]");
            }

            Validate.Unique(prompts, static prompt => prompt, "prompts");
            field = Validate.ReadOnly(prompts);
        }
    }

    /// <summary><value>The commands (<c>commands</c>): up to 30, names unique. Default <see langword="null"/>: unchanged. The list is copied.</value></summary>
    /// <exception cref="WhatsAppValidationException">Too many commands, or two share a name.</exception>
    public IReadOnlyList<ConversationalCommand>? Commands
    {
        get;
        init
        {
            if (value is null)
            {
                field = null;
                return;
            }

            var commands = Validate.Copy(value, "commands");
            Validate.Count(commands.Length, 0, MaxCommands, "commands");
            Validate.Unique(commands, static command => command.Name, "commands");
            field = Validate.ReadOnly(commands);
        }
    }

    /// <summary>The rule across fields, checked when the update is sent.</summary>
    internal void ValidateNotEmpty()
    {
        if (EnableWelcomeMessage is null && Prompts is null && Commands is null)
        {
            throw new WhatsAppValidationException("enable_welcome_message", "A conversational automation update must change the welcome message, the prompts or the commands.");
        }
    }
}
