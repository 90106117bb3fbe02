using CloudApi.Sdk.Calling;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    static partial void AddCalling(List<CoveredCall> calls)
    {
        const string Success = """{"messaging_product":"whatsapp","success":true}""";
        var offer = new SdpOffer("v=0\r\ns=-\r\n");
        var answer = new SdpAnswer("v=0\r\ns=-\r\n");
        calls.Add(new("GET /{Phone-Number-ID}/call_permissions", "ICallsClient.GetCallPermissionsAsync",
            (client, ct) => client.Calls.GetCallPermissionsAsync("14085551234", cancellationToken: ct),
            """{"messaging_product":"whatsapp","permission":{"status":"granted","expiration_time":1735689600},"actions":[{"action_name":"start_call","can_perform_action":true}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/calls", "ICallsClient.ConnectAsync",
            (client, ct) => client.Calls.ConnectAsync("14085551234", offer, cancellationToken: ct), """{"messaging_product":"whatsapp","calls":[{"id":"wacid.ABGGFjFVU2AfAgo6V"}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/calls", "ICallsClient.PreAcceptAsync", (client, ct) => client.Calls.PreAcceptAsync("wacid.A", answer, cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/calls", "ICallsClient.AcceptAsync", (client, ct) => client.Calls.AcceptAsync("wacid.A", answer, cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/calls", "ICallsClient.RejectAsync", (client, ct) => client.Calls.RejectAsync("wacid.A", cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/calls", "ICallsClient.TerminateAsync", (client, ct) => client.Calls.TerminateAsync("wacid.A", cancellationToken: ct), Success));
    }
}
