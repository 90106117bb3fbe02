using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business.Wire;

/// <summary>An element of <c>GET /{waba-id}/subscribed_apps</c>.</summary>
internal sealed class SubscribedAppWire
{
    public AppWire? WhatsappBusinessApiData { get; set; }

    public string? OverrideCallbackUri { get; set; }

    internal sealed class AppWire
    {
        [JsonConverter(typeof(LenientStringConverter))]
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Link { get; set; }
    }
}

/// <summary>The optional body of <c>POST /{waba-id}/subscribed_apps</c>.</summary>
internal sealed class SubscribeAppWire
{
    public string? OverrideCallbackUri { get; set; }

    public string? VerifyToken { get; set; }
}
