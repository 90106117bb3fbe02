namespace CloudApi.Sdk.Business;

/// <summary>An app subscribed to a WhatsApp Business Account's webhooks (an element of <c>GET /{waba-id}/subscribed_apps</c>).</summary>
/// <param name="Id">The app id (<c>whatsapp_business_api_data.id</c>).</param>
/// <param name="Name">The app name (<c>whatsapp_business_api_data.name</c>).</param>
/// <param name="Link">The app link (<c>whatsapp_business_api_data.link</c>).</param>
/// <param name="OverrideCallbackUri">The alternate callback URL for this account's webhooks, if one is set (<c>override_callback_uri</c>).</param>
public sealed record SubscribedApp(string Id, string? Name, string? Link, string? OverrideCallbackUri);
