using System.Text.Json.Nodes;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>Sends a message through the real client to a WireMock Graph server and checks the body the server received.</summary>
internal static class SentMessage
{
    public const string To = "+16505551234";

    /// <summary>The request body Meta expects: the common fields plus the members of <paramref name="content"/> (a JSON object).</summary>
    public static string Body(string type, string content)
    {
        var body = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = To,
            ["type"] = type,
        };
        foreach (var (name, value) in JsonNode.Parse(content)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        return body.ToJsonString();
    }

    /// <summary>Sends <paramref name="message"/> and returns the JSON body the server saw.</summary>
    public static async Task<JsonNode> SendAsync(WhatsAppMessage message, SendMessageOptions? options = null)
    {
        using var graph = new GraphServer().AcceptMessages();
        var result = await graph.Messages.SendAsync(To, message, options, TestContext.Current.CancellationToken);
        Assert.StartsWith("wamid.", result.MessageId, StringComparison.Ordinal);
        return graph.SingleRequestJson();
    }

    /// <summary>
    /// Sends <paramref name="message"/>, compares the received body with Meta's shape, and has the emulator (which
    /// validates as Meta does) accept the same message.
    /// </summary>
    public static async Task AssertBodyAsync(WhatsAppMessage message, string type, string content, SendMessageOptions? options = null)
    {
        JsonAssert.Equal(Body(type, content), await SendAsync(message, options));
        await SharedEmulator.AssertAcceptedAsync(To, message, options);
    }

    /// <summary>
    /// Sends <paramref name="message"/> and compares the received body with Meta's shape, without the emulator
    /// cross-check: for message kinds the emulator does not implement yet (order details and status).
    /// </summary>
    public static async Task AssertWireBodyAsync(WhatsAppMessage message, string type, string content, SendMessageOptions? options = null) =>
        JsonAssert.Equal(Body(type, content), await SendAsync(message, options));
}
