using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>An app subscribed to a WhatsApp Business Account's webhooks (an item of <c>GET /{waba-id}/subscribed_apps</c>).</summary>
public sealed class SubscribedApp : GraphResult
{
    internal SubscribedApp(string id, string? name, string? link, string? overrideCallbackUri, GraphSource source)
        : base(source)
    {
        Id = id;
        Name = name;
        Link = link;
        OverrideCallbackUri = overrideCallbackUri;
    }

    internal SubscribedApp(SubscribedAppWire wire, GraphSource source)
        : this(wire.WhatsappBusinessApiData?.Id ?? string.Empty, wire.WhatsappBusinessApiData?.Name, wire.WhatsappBusinessApiData?.Link, wire.OverrideCallbackUri, source)
    {
    }

    /// <summary>The app id (<c>whatsapp_business_api_data.id</c>).</summary>
    public string Id { get; }

    /// <summary>The app name (<c>whatsapp_business_api_data.name</c>).</summary>
    public string? Name { get; }

    /// <summary>The app link (<c>whatsapp_business_api_data.link</c>).</summary>
    public string? Link { get; }

    /// <summary>The alternate callback URL for this account's webhooks, if one is set (<c>override_callback_uri</c>).</summary>
    public string? OverrideCallbackUri { get; }
}
