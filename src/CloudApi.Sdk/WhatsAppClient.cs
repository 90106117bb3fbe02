using CloudApi.Sdk.Http;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk;

/// <summary>The client of one tenant: its sub-clients share one <see cref="GraphConnection"/>.</summary>
internal sealed class WhatsAppClient : IWhatsAppClient
{
    public WhatsAppClient(string name, GraphConnection graph)
    {
        Name = name;
        Messages = new MessagesClient(graph);
    }

    public string Name { get; }

    public IMessagesClient Messages { get; }

    public override string ToString() => $"WhatsAppClient '{Name}'";
}
