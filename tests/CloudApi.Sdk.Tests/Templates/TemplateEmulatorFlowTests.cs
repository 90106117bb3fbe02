using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Tests.Templates;

public sealed class TemplateEmulatorFlowTests
{
    [Fact]
    public async Task CreateAsync_PendingThenApproved_CacheChecksSendsLikeTheServer()
    {
        await using var graph = await EmulatedGraph.StartAsync(o => o.TemplateApprovalDelay = TimeSpan.FromMinutes(5));
        var ct = TestContext.Current.CancellationToken;
        var templates = graph.Client.Templates;

        var created = await templates.CreateAsync(new CreateTemplateRequest("order_update", "en_US", TemplateCategory.Utility,
        [
            TemplateHeader.ForText("Order {{1}}", "A-1"),
            new TemplateBody("Hi {{1}}, order {{2}} shipped.") { Examples = ["Ana", "A-1"] },
            new TemplateFooter("Lucky Shrub"),
            new TemplateButtons([new TemplateQuickReplyButton("Stop updates"), new TemplateUrlButton("Track", "https://x.com/t/{{1}}", "A-1")]),
        ]), cancellationToken: ct);

        Assert.Equal(TemplateStatus.Pending, created.Status);
        Assert.Equal(TemplateStatus.Pending, (await templates.GetAsync(created.Id, cancellationToken: ct)).Status);

        graph.Time.Advance(TimeSpan.FromMinutes(5));

        var approved = await templates.GetAsync(created.Id, cancellationToken: ct);
        Assert.Equal(TemplateStatus.Approved, approved.Status);
        Assert.Equal("Hi {{1}}, order {{2}} shipped.", Assert.IsType<TemplateBody>(approved.Components[1]).Text);
        Assert.Equal("https://x.com/t/{{1}}", Assert.IsType<TemplateUrlButton>(Assert.IsType<TemplateButtons>(approved.Components[3]).Buttons[1]).Url);

        var cache = new TemplateDefinitionCache(templates, timeProvider: graph.Time);
        var matching = new TemplateParameterSet { Header = new(1), Body = new(2), Buttons = new Dictionary<int, int> { [1] = 1 } };
        await cache.ValidateAsync("order_update", "en_US", matching, ct);
        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() => cache.ValidateAsync("order_update", "en_US", matching with { Body = new(1) }, ct));
        Assert.Equal("template.components.body", refused.Field);

        // What the cache refused is what the server refuses with 132000, and what it accepts is sent.
        Assert.Equal(132000, await SendRawAsync(graph, bodyParameters: 1, ct));
        Assert.Equal(0, await SendRawAsync(graph, bodyParameters: 2, ct));
    }

    [Fact]
    public async Task ListAsync_ManyTemplates_PagesThroughAll()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 7; i++)
        {
            await graph.Client.Templates.CreateAsync(new CreateTemplateRequest($"promo_{i}", "en_US", TemplateCategory.Marketing, [new TemplateBody($"Sale number {i} today")]), cancellationToken: ct);
        }

        var names = await graph.Client.Templates.ListAsync(new TemplateListOptions { PageSize = 3, Name = "promo" }, ct).Select(t => t.Name).ToListAsync(ct);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"promo_{i}").Order(), names.Order());
    }

    [Fact]
    public async Task EditThenDelete_ChangesAndRemovesTemplate()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var templates = graph.Client.Templates;
        var created = await templates.CreateAsync(new CreateTemplateRequest("welcome", "en_US", TemplateCategory.Utility, [new TemplateBody("Welcome aboard, friend.")]), cancellationToken: ct);
        _ = await templates.GetAsync(created.Id, cancellationToken: ct);

        await templates.EditAsync(created.Id, new EditTemplateRequest { Components = [new TemplateBody("Welcome aboard, {{1}}!") { Examples = ["Ana"] }] }, cancellationToken: ct);
        Assert.Equal("Welcome aboard, {{1}}!", Assert.IsType<TemplateBody>((await templates.GetAsync(created.Id, cancellationToken: ct)).Components[0]).Text);

        await templates.DeleteAsync(created.Id, "welcome", cancellationToken: ct);
        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => templates.GetAsync(created.Id, cancellationToken: ct));
        Assert.Equal(100, error.ErrorCode);
    }

    /// <summary>Sends a template message over raw HTTP (the typed TemplateMessage is another branch's); returns the Graph error code or 0.</summary>
    private static async Task<int> SendRawAsync(EmulatedGraph graph, int bodyParameters, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = graph.Emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", EmulatedGraph.Token);
        var parameters = string.Join(",", Enumerable.Range(0, bodyParameters).Select(i => $$"""{"type":"text","text":"p{{i}}"}"""));
        var body =
            "{\"messaging_product\":\"whatsapp\",\"to\":\"+16505551234\",\"type\":\"template\",\"template\":{\"name\":\"order_update\",\"language\":{\"code\":\"en_US\"}," +
            "\"components\":[{\"type\":\"header\",\"parameters\":[{\"type\":\"text\",\"text\":\"A-1\"}]},{\"type\":\"body\",\"parameters\":[" + parameters + "]}," +
            "{\"type\":\"button\",\"sub_type\":\"url\",\"index\":\"1\",\"parameters\":[{\"type\":\"text\",\"text\":\"A-1\"}]}]}}";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync($"v26.0/{EmulatedGraph.PhoneNumberId}/messages", content, ct);
        if (response.IsSuccessStatusCode)
        {
            return 0;
        }

        var error = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return error!["error"]!["code"]!.GetValue<int>();
    }
}
