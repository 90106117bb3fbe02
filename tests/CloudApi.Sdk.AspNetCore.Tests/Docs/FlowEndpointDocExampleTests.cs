using System.Text.Json.Nodes;
using CloudApi.Sdk.AspNetCore.Tests.Flows;
using CloudApi.Sdk.Emulator.Flows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>docs/flows.md shows <see cref="FlowEndpointDocExample"/> verbatim, and the example books a day as WhatsApp drives it.</summary>
public sealed class FlowEndpointDocExampleTests
{
    [Fact]
    public void Document_ShowsTheCompiledExample()
    {
        var document = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot(), "docs", DocSnippets.FlowsDocument));
        var section = document[document.IndexOf("## The data-exchange endpoint", StringComparison.Ordinal)..];
        var source = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot(), "tests", "CloudApi.Sdk.AspNetCore.Tests", "Docs", "FlowEndpointDocExample.cs"));

        Assert.Equal(DocSnippets.MarkedRegions(source, "flows-endpoint"), DocSnippets.FirstCodeBlock(section));
    }

    [Fact]
    public async Task Example_InitThenBookThenBookAgain_ShowsDaysCompletesThenRefuses()
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:AppSecret"] = FlowHost.AppSecret,
            ["WhatsApp:Flows:PrivateKeyPem"] = FlowHost.Keys.PrivateKeyPem,
        });
        FlowEndpointDocExample.Configure(builder);
        await using var app = builder.Build();
        FlowEndpointDocExample.Map(app);
        await app.StartAsync(ct);
        using var http = new HttpClient();
        using var whatsApp = new FlowEndpointDriver(http, new Uri(new Uri(app.Urls.First()), "/flows"), FlowHost.Keys.PublicKeyPem, FlowHost.AppSecret);

        var init = await whatsApp.InitAsync("token-ana", ct);
        var booked = await whatsApp.DataExchangeAsync("PICK_DAY", new JsonObject { ["day"] = "2026-12-28" }, "token-ana", ct);
        var taken = await whatsApp.DataExchangeAsync("PICK_DAY", new JsonObject { ["day"] = "2026-12-28" }, "token-ben", ct);

        Assert.Equal(("PICK_DAY", 2), (init.Screen, init.Data.GetProperty("days").GetArrayLength()));
        Assert.Equal(("SUCCESS", "2026-12-28"), (booked.Screen, booked.Data.GetProperty("extension_message_response").GetProperty("params").GetProperty("day").GetString()));
        Assert.Equal(("PICK_DAY", true), (taken.Screen, taken.Data.GetProperty("error_message").GetString()!.Contains("taken", StringComparison.Ordinal)));
    }
}
