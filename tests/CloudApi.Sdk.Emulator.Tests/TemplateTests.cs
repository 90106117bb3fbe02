using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class TemplateTests
{
    private const string Path = $"v26.0/{EmulatorHarness.WabaId}/message_templates";

    private static string Create(string name, string language = "en_US", string body = "Hello {{1}}, order {{2}} shipped") =>
        $$$"""{"name":"{{{name}}}","language":"{{{language}}}","category":"UTILITY","components":[{"type":"BODY","text":"{{{body}}}","example":{"body_text":[["Ana","42"]]}}]}""";

    private static string Send(string name, int parameters, string language = "en_US")
    {
        var items = string.Join(",", Enumerable.Range(0, parameters).Select(i => $$"""{"type":"text","text":"p{{i}}"}"""));
        return $$$"""{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"{{{name}}}","language":{"code":"{{{language}}}"},"components":[{"type":"body","parameters":[{{{items}}}]}]}}""";
    }

    [Fact]
    public async Task Create_ReturnsPending_ThenApprovedAfterTheDelay()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.TemplateApprovalDelay = TimeSpan.FromMinutes(5));

        using var created = await harness.PostJsonAsync(Path, Create("order_update"));
        var body = await EmulatorHarness.JsonAsync(created);
        var id = body["id"]!.GetValue<string>();
        JsonAssert.Equal($$"""{"id":"{{id}}","status":"PENDING","category":"UTILITY"}""", body);
        Assert.Equal("PENDING", (await harness.GetJsonAsync($"v26.0/{id}"))["status"]!.GetValue<string>());
        Assert.Equal(132001, await harness.SendCodeAsync(Send("order_update", 2)));

        harness.Time.Advance(TimeSpan.FromMinutes(5));

        var template = await harness.GetJsonAsync($"v26.0/{id}");
        Assert.Equal("APPROVED", template["status"]!.GetValue<string>());
        Assert.Equal("order_update", template["name"]!.GetValue<string>());
        Assert.Equal(0, await harness.SendCodeAsync(Send("order_update", 2)));
    }

    [Fact]
    public async Task Send_KnownTemplate_WrongParameterCount132000_UnknownLanguage132001()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var created = await harness.PostJsonAsync(Path, Create("order_update"));

        Assert.Equal(132000, await harness.SendCodeAsync(Send("order_update", 1)));
        Assert.Equal(132001, await harness.SendCodeAsync(Send("order_update", 2, "pt_BR")));
        Assert.Equal(0, await harness.SendCodeAsync(Send("order_update", 2)));
        Assert.Equal(0, await harness.SendCodeAsync(Send("never_created", 3)));
    }

    [Fact]
    public async Task Send_UnknownTemplateWithRequireKnownTemplates_Returns132001With404()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.RequireKnownTemplates = true);

        using var response = await harness.SendAsync(Send("never_created", 0));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(132001, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_PagesWithCursors_NextOnlyWhenMore()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            using var created = await harness.PostJsonAsync(Path, Create($"t{i}"));
            Assert.True(created.IsSuccessStatusCode);
        }

        var names = new List<string>();
        var url = $"{Path}?limit=2";
        var pages = 0;
        while (true)
        {
            var page = await harness.GetJsonAsync(url);
            pages++;
            names.AddRange(page["data"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
            Assert.NotNull(page["paging"]!["cursors"]!["after"]);
            if (page["paging"]!["next"] is not { } next)
            {
                break;
            }

            Assert.Equal(next.GetValue<string>(), $"{harness.Emulator.BaseAddress}{Path}?limit=2&after={page["paging"]!["cursors"]!["after"]!.GetValue<string>()}");
            url = next.GetValue<string>();
        }

        Assert.Equal(3, pages);
        Assert.Equal(["t0", "t1", "t2", "t3", "t4"], names);
    }

    [Fact]
    public async Task List_FiltersByNameStatusCategoryAndLanguage()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.TemplateApprovalDelay = TimeSpan.FromHours(1));
        using (await harness.PostJsonAsync(Path, Create("alpha", "en_US"))) { }
        using (await harness.PostJsonAsync(Path, Create("alpha", "pt_BR"))) { }
        using (await harness.PostJsonAsync(Path, Create("beta", "en_US"))) { }

        Assert.Equal(2, (await harness.GetJsonAsync($"{Path}?name=alpha"))["data"]!.AsArray().Count);
        Assert.Single((await harness.GetJsonAsync($"{Path}?name=alpha&language=pt_BR"))["data"]!.AsArray());
        Assert.Equal(3, (await harness.GetJsonAsync($"{Path}?status=PENDING,APPROVED&category=UTILITY"))["data"]!.AsArray().Count);
        var none = await harness.GetJsonAsync($"{Path}?status=APPROVED");
        JsonAssert.Equal("""{"data":[]}""", none);
    }

    [Fact]
    public async Task EditAndDelete_ByNameAndById()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var en = await harness.PostJsonAsync(Path, Create("promo", "en_US"));
        var enId = (await EmulatorHarness.JsonAsync(en))["id"]!.GetValue<string>();
        using (await harness.PostJsonAsync(Path, Create("promo", "pt_BR"))) { }
        using (await harness.PostJsonAsync(Path, Create("other"))) { }

        using var edited = await harness.PostJsonAsync($"v26.0/{enId}", """{"components":[{"type":"BODY","text":"Only {{1}}"}]}""");
        JsonAssert.Equal("""{"success":true}""", await EmulatorHarness.JsonAsync(edited));
        Assert.Equal("Only {{1}}", (await harness.GetJsonAsync($"v26.0/{enId}"))["components"]![0]!["text"]!.GetValue<string>());

        using var deleteOne = await harness.Http.DeleteAsync($"{Path}?name=promo&hsm_id={enId}", TestContext.Current.CancellationToken);
        Assert.True(deleteOne.IsSuccessStatusCode);
        Assert.Single((await harness.GetJsonAsync($"{Path}?name=promo"))["data"]!.AsArray());

        using var deleteAll = await harness.Http.DeleteAsync($"{Path}?name=promo", TestContext.Current.CancellationToken);
        Assert.True(deleteAll.IsSuccessStatusCode);
        Assert.Empty((await harness.GetJsonAsync($"{Path}?name=promo"))["data"]!.AsArray());

        using var missing = await harness.Http.DeleteAsync($"{Path}?name=promo", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"Bad Name","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"x"}]}""", 100)]
    [InlineData("""{"name":"ok","language":"en_US","category":"SPAM","components":[{"type":"BODY","text":"x"}]}""", 100)]
    [InlineData("""{"name":"ok","category":"UTILITY","components":[{"type":"BODY","text":"x"}]}""", 131008)]
    public async Task Create_BadShape_ReturnsGraphError(string body, int code)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.PostJsonAsync(Path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_SameNameAndLanguageTwice_IsRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using (await harness.PostJsonAsync(Path, Create("dup"))) { }

        using var again = await harness.PostJsonAsync(Path, Create("dup"));

        var error = (await EmulatorHarness.JsonAsync(again))["error"]!;
        Assert.Equal(100, error["code"]!.GetValue<int>());
        Assert.Equal(2388024, error["error_subcode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Send_MediaHeaderTemplate_NeedsOneParameterOfTheHeadersFormat()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var created = await harness.PostJsonAsync(
            Path,
            """{"name":"receipt","language":"en_US","category":"UTILITY","components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1n"]}},{"type":"BODY","text":"Order {{1}}","example":{"body_text":[["42"]]}}]}""");
        Assert.True(created.IsSuccessStatusCode);
        static string Send(string header) =>
            $$$"""{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"receipt","language":{"code":"en_US"},"components":[{{{header}}}{"type":"body","parameters":[{"type":"text","text":"42"}]}]}}""";

        Assert.Equal(132000, await harness.SendCodeAsync(Send(string.Empty)));
        Assert.Equal(132012, await harness.SendCodeAsync(Send("""{"type":"header","parameters":[{"type":"video","video":{"link":"https://x.com/v.mp4"}}]},""")));
        Assert.Equal(0, await harness.SendCodeAsync(Send("""{"type":"header","parameters":[{"type":"image","image":{"link":"https://x.com/i.png"}}]},""")));
    }
}
