using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.Calling;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Groups;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.MarketingMessages;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.MessageHistory;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.QrCodes;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Uploads;

namespace CloudApi.Sdk;

/// <summary>
/// The client of one tenant: its sub-clients share one <see cref="GraphConnection"/>. It owns nothing (the DI container or
/// <see cref="WhatsAppClient"/> owns the pipeline), so DI can hand it out as a transient without tracking it for disposal.
/// </summary>
internal sealed class TenantClient : IWhatsAppClient
{
    /// <param name="name">The registration name.</param>
    /// <param name="graph">The tenant's connection.</param>
    /// <param name="templateCheck">Gives the cache that checks template messages before sending, or <see langword="null"/> for no check.</param>
    public TenantClient(string name, GraphConnection graph, Func<ITemplatesClient, TemplateDefinitionCache?>? templateCheck = null)
    {
        Name = name;
        Templates = new TemplatesClient(graph);
        IMessagesClient messages = new MessagesClient(graph);
        var definitions = templateCheck?.Invoke(Templates);
        Messages = definitions is not null ? new TemplateCheckingMessagesClient(messages, definitions) : messages;
        MarketingMessages = new MarketingMessagesClient(graph, definitions);
        Media = new MediaClient(graph);
        Uploads = new UploadsClient(graph);
        PhoneNumbers = new PhoneNumbersClient(graph);
        BusinessAccounts = new BusinessAccountsClient(graph);
        Flows = new FlowsClient(graph);
        BlockedUsers = new BlockedUsersClient(graph);
        QrCodes = new QrCodesClient(graph);
        Groups = new GroupsClient(graph);
        Calls = new CallsClient(graph);
        ConversationalAutomation = new ConversationalAutomationClient(graph);
        MessageHistory = new MessageHistoryClient(graph);
        Partners = new PartnersClient(graph);
        Graph = new GraphRequestsClient(graph);
    }

    public string Name { get; }

    public IMessagesClient Messages { get; }

    public IMarketingMessagesClient MarketingMessages { get; }

    public ITemplatesClient Templates { get; }

    public IMediaClient Media { get; }

    public IUploadsClient Uploads { get; }

    public IPhoneNumbersClient PhoneNumbers { get; }

    public IBusinessAccountsClient BusinessAccounts { get; }

    public IFlowsClient Flows { get; }

    public IBlockedUsersClient BlockedUsers { get; }

    public IQrCodesClient QrCodes { get; }

    public IGroupsClient Groups { get; }
    public ICallsClient Calls { get; }

    public IConversationalAutomationClient ConversationalAutomation { get; }

    public IMessageHistoryClient MessageHistory { get; }

    public IPartnersClient Partners { get; }

    public IGraphRequests Graph { get; }

    public override string ToString() => $"WhatsAppClient '{Name}'";
}
