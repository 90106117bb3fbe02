using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Flows;

/// <summary>
/// <c>POST /_emulator/flows/exchange</c>: the emulator plays WhatsApp's client against an app's Flows endpoint.
/// Body: <c>{"endpoint_uri":"http://127.0.0.1:5000/flows","public_key":"-----BEGIN PUBLIC KEY-----…","action":"data_exchange",
/// "screen":"ECHO","data":{…},"flow_token":"…"}</c> (<c>app_secret</c> defaults to the emulator's; <c>action</c> to
/// <c>ping</c>). Answers <c>{"status":200,"response":{…decrypted…}}</c>.
/// </summary>
internal static class FlowExchangeEndpoint
{
    public const string Path = "/_emulator/flows/exchange";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task ExchangeAsync(HttpContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var endpoint = JsonRules.RequireString(body, "endpoint_uri", string.Empty);
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw GraphError.InvalidParameter("endpoint_uri must be an absolute http(s) URI.");
        }

        var publicKey = JsonRules.RequireString(body, "public_key", string.Empty);
        var appSecret = JsonRules.OptionalString(body, "app_secret", string.Empty) ?? context.State().Options.AppSecret;
        var action = JsonRules.OptionalString(body, "action", string.Empty) ?? "ping";

        var request = new JsonObject { ["version"] = FlowEndpointDriver.DataApiVersion, ["action"] = action };
        foreach (var name in (string[])["screen", "flow_token"])
        {
            if (JsonRules.OptionalString(body, name, string.Empty) is { } value)
            {
                request[name] = value;
            }
        }

        if (JsonRules.OptionalObject(body, "data", string.Empty) is { } data)
        {
            request["data"] = data.DeepClone();
        }

        FlowEndpointDriver driver;
        try
        {
            driver = new FlowEndpointDriver(Http, uri, publicKey, appSecret);
        }
        catch (ArgumentException exception)
        {
            throw GraphError.InvalidParameter(exception.Message);
        }

        using (driver)
        {
            FlowEndpointReply reply;
            try
            {
                reply = await driver.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or FlowEndpointException or TaskCanceledException)
            {
                await context.WriteJsonAsync(new JsonObject { ["status"] = 0, ["error"] = exception.Message }, StatusCodes.Status502BadGateway).ConfigureAwait(false);
                return;
            }

            var answer = new JsonObject { ["status"] = reply.StatusCode };
            if (reply.Response is { } response)
            {
                answer["response"] = JsonNode.Parse(response.GetRawText());
            }

            await context.WriteJsonAsync(answer).ConfigureAwait(false);
        }
    }
}
