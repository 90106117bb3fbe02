using CloudApi.Sdk.Http;
using CloudApi.Sdk.MarketingMessages.Wire;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>
/// Marketing messages through one tenant's <see cref="GraphConnection"/>: the send goes through
/// <see cref="GraphConnection.SendMessageAsync"/> with a <see cref="MessageSend"/>, so the limiter and the outcome rules of
/// <c>/messages</c> apply unchanged, and its answer is read by the one send-answer parser.
/// </summary>
internal sealed class MarketingMessagesClient : IMarketingMessagesClient
{
    internal const string OnboardingField = "marketing_messages_onboarding_status";

    private static readonly ResponseParser<SendMessageResult> ParseSendResult = SendMessageResultReader.Read;

    private static readonly ResponseParser<MarketingMessagesOnboardingRequest> ParseOnboardingRequest =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.MarketingMessagesOnboardingRequestWire, static (wire, source) => new MarketingMessagesOnboardingRequest(wire, source));

    private readonly GraphConnection _graph;
    private readonly TemplateDefinitionCache? _definitions;

    /// <param name="graph">The tenant's connection.</param>
    /// <param name="definitions">The template check's cache, or <see langword="null"/> when the check is off.</param>
    public MarketingMessagesClient(GraphConnection graph, TemplateDefinitionCache? definitions = null)
    {
        _graph = graph;
        _definitions = definitions;
    }

    public Task<SendMessageResult> SendAsync(WhatsAppRecipient recipient, TemplateMessage message, SendMarketingMessageOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(message, "template");
        if (!recipient.EnsureSpecified().IsIndividual)
        {
            throw new WhatsAppValidationException("to", "The Marketing Messages API sends to individual users only (a phone number or a business-scoped user id), not to groups.");
        }

        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
        return _definitions is null
            ? SendCoreAsync(recipient, phoneNumberId, message, options, cancellationToken)
            : SendCheckedAsync(recipient, phoneNumberId, message, options, cancellationToken);
    }

    public Task<MarketingMessagesOnboarding> GetOnboardingStatusAsync(MarketingMessagesRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = GraphIds.Resolve(options?.BusinessAccountId, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
        var path = new GraphQuery(waba).Add("fields", OnboardingField).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.MarketingMessagesOnboardingWire,
            (wire, source) => new MarketingMessagesOnboarding(wire, waba, source), cancellationToken);
    }

    public Task<MarketingMessagesOnboardingRequest> RequestOnboardingAsync(string businessId, MarketingMessagesRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!GraphIds.IsValid(businessId))
        {
            throw new WhatsAppValidationException("businessId", $"businessId '{businessId}' is malformed: Graph ids are digits only.");
        }

        var path = new GraphQuery(businessId + "/onboard_partners_to_mm_lite").Add("solution_id", options?.SolutionId).ToString();
        return _graph.SendAsync(new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(path)), ParseOnboardingRequest, cancellationToken);
    }

    private Task<SendMessageResult> SendCoreAsync(WhatsAppRecipient recipient, string phoneNumberId, TemplateMessage message, SendMarketingMessageOptions? options, CancellationToken cancellationToken)
    {
        var send = new MessageSend(phoneNumberId, recipient.Value, recipient.LimiterKey, message.Type, bizOpaqueCallbackData: null);
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(phoneNumberId + "/marketing_messages"))
        {
            Content = PooledJsonContent.Create((recipient, message, options), static (writer, state) =>
                MarketingMessageRequestWriter.Write(writer, state.recipient, state.message, state.options)),
        };
        return _graph.SendMessageAsync(request, send, ParseSendResult, cancellationToken);
    }

    /// <summary>With the template check on: the template must exist, be a marketing template, and take the message's parameters.</summary>
    private async Task<SendMessageResult> SendCheckedAsync(WhatsAppRecipient recipient, string phoneNumberId, TemplateMessage message, SendMarketingMessageOptions? options, CancellationToken cancellationToken)
    {
        await _definitions!.ValidateAsync(message.Name, message.LanguageCode, TemplateMessageParameters.From(message), cancellationToken).ConfigureAwait(false);
        var template = await _definitions.GetAsync(message.Name, message.LanguageCode, cancellationToken).ConfigureAwait(false);
        if (template is not null && template.Category != TemplateCategory.Marketing)
        {
            throw new WhatsAppValidationException("template.name",
                $"Template '{message.Name}' ({message.LanguageCode}) is a {template.Category} template; the Marketing Messages API sends marketing templates only (Meta would answer 134100).");
        }

        return await SendCoreAsync(recipient, phoneNumberId, message, options, cancellationToken).ConfigureAwait(false);
    }
}
