using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    private const string Success = """{"success":true}""";

    static partial void AddMessages(List<CoveredCall> calls)
    {
        const string Messages = "POST /{Phone-Number-ID}/messages";
        calls.Add(new(Messages, "IMessagesClient.SendAsync",
            (client, ct) => client.Messages.SendAsync("+16505551234", new TextMessage("Hello"), cancellationToken: ct), GraphServer.SendAnswer));
        calls.Add(new(Messages, "IMessagesClient.SendTextAsync",
            (client, ct) => client.Messages.SendTextAsync("+16505551234", "Hello", cancellationToken: ct), GraphServer.SendAnswer));
        calls.Add(new(Messages, "IMessagesClient.MarkAsReadAsync",
            (client, ct) => client.Messages.MarkAsReadAsync("wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdBNjg4QjU2NjZCMzY4ODE2AA==", cancellationToken: ct), Success));
    }
}
