using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>
/// The examples of docs/recipients.md (<see cref="RecipientsDocTests"/> checks the guide shows exactly these regions),
/// run against WireMock by <see cref="Examples_SendEachKindOfRecipient"/>.
/// </summary>
public sealed class RecipientsDocExamples
{
    internal static async Task SendAsync(IMessagesClient messages, string groupId, CancellationToken cancellationToken)
    {
        // docs: send
        await messages.SendTextAsync("+16505551234", "By phone number", cancellationToken: cancellationToken);
        await messages.SendTextAsync("US.13491208655302741918", "By business-scoped user id", cancellationToken: cancellationToken);
        await messages.SendAsync(WhatsAppRecipient.Group(groupId), new TextMessage("To the whole group"), cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task<SendMessageResult> ReplyAsync(IMessagesClient messages, WebhookContact contact, CancellationToken cancellationToken)
    {
        // docs: reply
        // Store both ids of a webhook's contact. Address by number when Meta sent one, else by the BSUID.
        var recipient = contact.WaId is { } waId
            ? WhatsAppRecipient.PhoneNumber(waId)
            : WhatsAppRecipient.UserId(contact.UserId!);
        var sent = await messages.SendTextAsync(recipient, "Thanks, we got your message", cancellationToken: cancellationToken);

        // Meta answers wa_id for a send by number, user_id for a send by BSUID.
        var answeredAs = sent.WaId ?? sent.UserId;
        // docs: end
        Assert.NotNull(answeredAs);
        return sent;
    }

    [Fact]
    public async Task Examples_SendEachKindOfRecipient()
    {
        using var graph = new GraphServer().AcceptMessages();
        var ct = TestContext.Current.CancellationToken;

        await SendAsync(graph.Messages, "Y2FwaV9ncm91cDoxODA1NTU1MDE3MjoxMjAzNjMyMjI3NzE5NjMwNjcZD", ct);
        await ReplyAsync(graph.Messages, WhatsAppModelFactory.WebhookContact(userId: "US.13491208655302741918", username: "ana"), ct);
        await ReplyAsync(graph.Messages, WhatsAppModelFactory.WebhookContact(waId: "16505551234", userId: "US.13491208655302741918"), ct);

        var bodies = graph.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.RequestMessage!.Body!)!).ToList();
        Assert.Equal(5, bodies.Count);
        Assert.Equal(2, bodies.Count(b => b["recipient"]?.GetValue<string>() == "US.13491208655302741918"));
        Assert.Single(bodies, b => b["recipient_type"]!.GetValue<string>() == "group");
    }
}
