namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>
/// Reads and sets a number's conversational components: the welcome message (a <c>request_welcome</c> webhook when a user
/// opens a chat for the first time), ice breakers (prompts a user taps to start a chat) and commands (what a user sees on
/// typing <c>/</c>). Calls default to <see cref="WhatsAppOptions.PhoneNumberId"/>.
/// </summary>
public interface IConversationalAutomationClient
{
    /// <summary>Gets the number's settings (<c>GET /{phone-number-id}?fields=conversational_automation</c>).</summary>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings; empty lists when none are set.</returns>
    Task<ConversationalAutomationSettings> GetAsync(ConversationalAutomationRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the settings through the business bot's own id (<c>GET /{waba-bot-id}</c>), as <see cref="ConversationalAutomationSettings.Id"/> gives it.</summary>
    /// <param name="botId">The bot id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    Task<ConversationalAutomationSettings> GetBotAsync(string botId, CancellationToken cancellationToken = default);

    /// <summary>Sets the welcome message, ice breakers and commands (<c>POST /{phone-number-id}/conversational_automation</c>); unset parts are unchanged.</summary>
    /// <param name="update">The changes, checked against Meta's limits when built.</param>
    /// <param name="options">The number; <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    /// <exception cref="WhatsAppValidationException">The update changes nothing; nothing was sent.</exception>
    Task UpdateAsync(ConversationalAutomationUpdate update, ConversationalAutomationRequestOptions? options = null, CancellationToken cancellationToken = default);
}
