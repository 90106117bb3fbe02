// What Microsoft.NET.Sdk.Web's implicit usings give a web project (this test project is not one):
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

// docs: flows-endpoint
using System.Text.Json.Nodes;
using CloudApi.Sdk.Flows.Endpoint;
// docs: end

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>
/// The example of docs/flows.md's data-exchange endpoint section, which <see cref="FlowEndpointDocExampleTests"/>
/// compares with the document and drives as WhatsApp would. Edit it here and copy it there.
/// </summary>
internal static class FlowEndpointDocExample
{
    public static void Configure(WebApplicationBuilder builder)
    {
        // docs: flows-endpoint
        // WhatsApp:AppSecret, WhatsApp:Flows:PrivateKeyPath (and PrivateKeyPassphrase for an encrypted key)
        builder.Services.AddWhatsAppFlowEndpoint(builder.Configuration.GetSection("WhatsApp"));
        builder.Services.AddSingleton<IAppointmentBook, AppointmentBook>();
        // docs: end
    }

    public static void Map(WebApplication app)
    {
        // docs: flows-endpoint
        app.MapWhatsAppFlowEndpoint<AppointmentFlow>("/flows");
        // docs: end
    }
}

// docs: flows-endpoint
public interface IAppointmentBook
{
    IReadOnlyList<string> FreeDays();

    bool TryBook(string flowToken, string day);
}

internal sealed class AppointmentFlow(IAppointmentBook book) : WhatsAppFlowHandler
{
    // INIT: the flow was sent with flow_action "data_exchange"; the first screen gets its data from here.
    protected override ValueTask<FlowResponse> OnInitAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        var days = new JsonArray();
        foreach (var day in book.FreeDays())
        {
            days.Add(new JsonObject { ["id"] = day, ["title"] = day });
        }

        return ValueTask.FromResult(FlowResponse.NextScreen("PICK_DAY", new JsonObject { ["days"] = days }));
    }

    // The Footer of PICK_DAY has {"name":"data_exchange","payload":{"day":"${form.day}"}}.
    protected override ValueTask<FlowResponse> OnDataExchangeAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        var day = request.GetDataString("day");
        if (day is null || !book.TryBook(request.FlowToken!, day))
        {
            return ValueTask.FromResult(FlowResponse.ErrorMessage("PICK_DAY", "That day was just taken, please pick another."));
        }

        // Ends the flow: the chat receives an nfm_reply with these values and the flow token.
        return ValueTask.FromResult(FlowResponse.Complete(request.FlowToken!, new JsonObject { ["day"] = day }));
    }
}
// docs: end

internal sealed class AppointmentBook : IAppointmentBook
{
    private readonly HashSet<string> _free = ["2026-12-28", "2026-12-29"];

    public IReadOnlyList<string> FreeDays()
    {
        lock (_free)
        {
            return [.. _free.Order(StringComparer.Ordinal)];
        }
    }

    public bool TryBook(string flowToken, string day)
    {
        lock (_free)
        {
            return _free.Remove(day);
        }
    }
}
