using CloudApi.Sdk.ConversationalAutomation.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.ConversationalAutomation;

/// <summary>Conversational-automation calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class ConversationalAutomationClient : IConversationalAutomationClient
{
    private readonly GraphConnection _graph;

    public ConversationalAutomationClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<ConversationalAutomationSettings> GetAsync(ConversationalAutomationRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId)).Add("fields", "conversational_automation").ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.PhoneNumberAutomationWire,
            static (wire, source) => new ConversationalAutomationSettings(wire.ConversationalAutomation ?? new ConversationalAutomationWire(), source), cancellationToken);
    }

    public Task<ConversationalAutomationSettings> GetBotAsync(string botId, CancellationToken cancellationToken = default)
    {
        if (!GraphIds.IsValid(botId))
        {
            throw new WhatsAppValidationException("botId", $"botId '{botId}' is malformed: Graph ids are digits only.");
        }

        var path = new GraphQuery(botId).Add("fields", "id,prompts,commands,enable_welcome_message").ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.ConversationalAutomationWire,
            static (wire, source) => new ConversationalAutomationSettings(wire, source), cancellationToken);
    }

    public Task UpdateAsync(ConversationalAutomationUpdate update, ConversationalAutomationRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").ValidateNotEmpty();
        var body = new ConversationalAutomationWire
        {
            EnableWelcomeMessage = update.EnableWelcomeMessage,
            Prompts = update.Prompts is null ? null : [.. update.Prompts],
            Commands = update.Commands is null
                ? null
                : [.. update.Commands.Select(static command => new ConversationalAutomationWire.CommandWire { CommandName = command.Name, CommandDescription = command.Description })],
        };
        return _graph.PostForSuccessAsync(PhoneNumberId(options?.PhoneNumberId) + "/conversational_automation", body,
            WhatsAppJsonContext.Default.ConversationalAutomationWire, cancellationToken);
    }

    private string PhoneNumberId(string? id) =>
        GraphIds.Resolve(id, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
}
