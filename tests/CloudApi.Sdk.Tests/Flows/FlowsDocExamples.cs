using System.Security.Cryptography;
using System.Text.Json;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Templates;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Flows;

/// <summary>The examples of docs/flows.md ("Managing flows", "The business encryption key"), compiled and run against the emulator.</summary>
public sealed class FlowsDocExamples
{
    private const string FlowJson = """
        {"version":"7.2","screens":[
          {"id":"BOOK","title":"Book","layout":{"type":"SingleColumnLayout","children":[
            {"type":"Footer","label":"Next","on-click-action":{"name":"navigate","next":{"type":"screen","name":"DONE"},"payload":{}}}]}},
          {"id":"DONE","title":"Done","terminal":true,"layout":{"type":"SingleColumnLayout","children":[
            {"type":"Footer","label":"Finish","on-click-action":{"name":"complete","payload":{}}}]}}]}
        """;

    // docs: create and upload
    public static async Task<string> CreateAndUploadAsync(IWhatsAppClient client, string flowJson, CancellationToken cancellationToken)
    {
        CreateFlowResult created = await client.Flows.CreateAsync(
            new CreateFlowRequest("appointment_booking", [FlowCategory.AppointmentBooking]),
            cancellationToken: cancellationToken);

        FlowJsonUploadResult upload = await client.Flows.UploadFlowJsonAsync(created.Id, flowJson, cancellationToken: cancellationToken);
        foreach (FlowValidationError error in upload.ValidationErrors)
        {
            // line 12, column 21: INVALID_PROPERTY_VALUE: Invalid value found for the property 'type'.
            Console.WriteLine(error);
        }

        return created.Id;
    }

    // docs: publish, read, deprecate
    public static async Task<Flow> PublishAndReadAsync(IWhatsAppClient client, string flowId, CancellationToken cancellationToken)
    {
        await client.Flows.PublishAsync(flowId, cancellationToken: cancellationToken);

        Flow flow = await client.Flows.GetAsync(flowId, cancellationToken: cancellationToken);
        Console.WriteLine($"{flow.Name}: {flow.Status}, Flow JSON {flow.JsonVersion}, preview {flow.Preview?.PreviewUrl}");
        if (flow.HealthStatus?.CanSendMessage != FlowSendAvailability.Available)
        {
            foreach (var entity in flow.HealthStatus!.Entities)
            {
                foreach (var problem in entity.Errors)
                {
                    Console.WriteLine($"{entity.EntityType} {entity.Id}: {problem.Description} ({problem.PossibleSolution})");
                }
            }
        }

        return flow;
    }

    // docs: send a flow message
    public static async Task<SendMessageResult> SendAsync(IWhatsAppClient client, string flowId, CancellationToken cancellationToken)
    {
        var message = new InteractiveFlowMessage("Book your next visit in a few taps.", FlowReference.FromId(flowId), "Book now")
        {
            FlowToken = "booking-7",
            Action = FlowAction.Navigate("BOOK"),
        };
        SendMessageResult sent = await client.Messages.SendAsync("+16505551234", message, cancellationToken: cancellationToken);
        return sent;
    }

    // docs: read the reply
    public static List<string> ReadReplies(ReadOnlyMemory<byte> body)
    {
        var tokens = new List<string>();
        WebhookNotification notification = WhatsAppWebhookParser.Parse(body);
        foreach (FlowReplyReceived reply in notification.Events.OfType<FlowReplyReceived>())
        {
            using var response = JsonDocument.Parse(reply.ResponseJson);
            Console.WriteLine($"{reply.From} completed {reply.FlowToken} (reply to {reply.Context?.MessageId})");
            tokens.Add(reply.FlowToken!);
        }

        return tokens;
    }

    // docs: the business encryption key
    public static async Task<BusinessPublicKey> SetKeyAsync(IWhatsAppClient client, string publicKeyPem, CancellationToken cancellationToken)
    {
        await client.Flows.SetBusinessPublicKeyAsync(publicKeyPem, cancellationToken: cancellationToken);

        BusinessPublicKey key = await client.Flows.GetBusinessPublicKeyAsync(cancellationToken: cancellationToken);
        Console.WriteLine(key.IsValid ? "ready" : $"signature {key.SignatureStatus}: upload the key again");
        return key;
    }

    [Fact]
    public async Task Examples_RunAgainstTheEmulator()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var graph = await EmulatedGraph.StartAsync();
        using var rsa = RSA.Create(2048);

        Assert.True((await SetKeyAsync(graph.Client, rsa.ExportSubjectPublicKeyInfoPem(), ct)).IsValid);
        var flowId = await CreateAndUploadAsync(graph.Client, FlowJson, ct);
        var flow = await PublishAndReadAsync(graph.Client, flowId, ct);
        var sent = await SendAsync(graph.Client, flowId, ct);

        Assert.Equal(FlowStatus.Published, flow.Status);
        Assert.StartsWith("wamid.", sent.MessageId, StringComparison.Ordinal);
        var webhook = """
            {"object":"whatsapp_business_account","entry":[{"id":"WABA_ID","changes":[{"field":"messages","value":{
             "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100001","phone_number_id":"NUMBER_ID"},
             "contacts":[{"profile":{"name":"Ana"},"wa_id":"16505551234"}],
             "messages":[{"context":{"from":"15550100001","id":"MESSAGE_ID"},"from":"16505551234","id":"wamid.reply","timestamp":"1772366400","type":"interactive",
               "interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"date\":\"2026-03-02\",\"flow_token\":\"booking-7\"}"}}}]}}]}]}
            """.Replace("WABA_ID", EmulatedGraph.BusinessAccountId, StringComparison.Ordinal)
            .Replace("NUMBER_ID", EmulatedGraph.PhoneNumberId, StringComparison.Ordinal)
            .Replace("MESSAGE_ID", sent.MessageId, StringComparison.Ordinal);
        Assert.Equal(["booking-7"], ReadReplies(System.Text.Encoding.UTF8.GetBytes(webhook)));
    }
}
