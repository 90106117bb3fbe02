using CloudApi.Sdk.Business;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk;

/// <summary>The client of one tenant: its sub-clients share one <see cref="GraphConnection"/>.</summary>
internal sealed class WhatsAppClient : IWhatsAppClient
{
    public WhatsAppClient(string name, GraphConnection graph, Func<ITemplatesClient, TemplateDefinitionCache?>? templateCheck = null)
    {
        Name = name;
        Templates = new TemplatesClient(graph);
        Messages = new MessagesClient(graph, templateCheck?.Invoke(Templates));
        Media = new MediaClient(graph);
        PhoneNumbers = new PhoneNumbersClient(graph);
        BusinessAccounts = new BusinessAccountsClient(graph);
    }

    public string Name { get; }

    public IMessagesClient Messages { get; }

    public ITemplatesClient Templates { get; }

    public IMediaClient Media { get; }

    public IPhoneNumbersClient PhoneNumbers { get; }

    public IBusinessAccountsClient BusinessAccounts { get; }

    public override string ToString() => $"WhatsAppClient '{Name}'";
}
