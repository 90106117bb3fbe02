// A minimal WhatsApp Flows data-exchange endpoint.
//
//   export WhatsApp__AppSecret=<your app secret>                  # Meta app dashboard > App settings > Basic
//   export WhatsApp__Flows__PrivateKeyPath=/path/to/private.pem   # the key whose public half is on the number
//   export WhatsApp__Flows__PrivateKeyPassphrase=<passphrase>     # only for an encrypted key
//   dotnet run --project samples/FlowEndpoint -- --urls http://127.0.0.1:5000
//
// The flow's endpoint URI is http(s)://<your host>/flows. WhatsApp's health checks (ping) are answered by the SDK;
// a data_exchange on the screen ECHO is answered with that screen and the data it sent; any other request ends the
// flow. No key yet? FlowKeyPair.Generate() makes one (see docs/flows.md).
using System.Text.Json.Nodes;
using CloudApi.Sdk.Flows.Endpoint;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWhatsAppFlowEndpoint(builder.Configuration.GetSection("WhatsApp"));

var app = builder.Build();
app.MapWhatsAppFlowEndpoint("/flows", (request, _) => ValueTask.FromResult(Answer(request)));
app.Run();

static FlowResponse Answer(FlowRequest request) =>
    request.Action == FlowRequestAction.DataExchange && request.Screen == "ECHO"
        ? FlowResponse.NextScreen("ECHO", request.Data.ValueKind == System.Text.Json.JsonValueKind.Object ? JsonObject.Create(request.Data) : null)
        : FlowResponse.Complete(request.FlowToken ?? "unknown");

/// <summary>The sample's entry point, visible to its tests (WebApplicationFactory).</summary>
public partial class Program;
