using System.Text.Json;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Http;

/// <summary>The pageable every list returns: items with their own JSON, pages with their cursor and response.</summary>
public sealed class GraphPagedListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enumerate_TwoPages_YieldsEveryItemWithItsOwnJsonAndTheResponse()
    {
        using var graph = TwoPageServer();
        var list = List(graph, Ct);

        var items = new List<RawGraphResult>();
        await foreach (var item in list.WithCancellation(Ct))
        {
            items.Add(item);
        }

        Assert.Equal(["1", "2", "3"], items.Select(i => i.RawJson.GetProperty("id").GetString()));
        Assert.Equal("x", items[0].RawJson.GetProperty("unmodelled").GetString());
        Assert.All(items, i => Assert.Equal(200, i.Response!.StatusCode));
        Assert.Equal(["trace-page-1", "trace-page-1", "trace-page-2"], items.Select(i => i.Response!.TraceId));
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task AsPages_FromContinuationToken_StartsAtThatPage()
    {
        using var graph = TwoPageServer();
        var list = List(graph, Ct);

        var first = await FirstAsync(list.AsPages(cancellationToken: Ct));
        Assert.Equal("c1", first.ContinuationToken);
        Assert.Equal(2, first.Values.Count);

        var pages = new List<GraphPage<RawGraphResult>>();
        await foreach (var page in list.AsPages(first.ContinuationToken, Ct))
        {
            pages.Add(page);
        }

        var resumed = Assert.Single(pages);
        Assert.Null(resumed.ContinuationToken);
        Assert.Equal("3", Assert.Single(resumed.Values).RawJson.GetProperty("id").GetString());
        Assert.Equal("c1", graph.Requests[^1].RequestMessage!.Query!["after"].Single());
    }

    [Fact]
    public async Task Enumerate_Cancelled_StopsBeforeTheNextPage()
    {
        using var graph = TwoPageServer();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var list = List(graph, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in list.AsPages(cancellationToken: Ct))
            {
                await cancel.CancelAsync();
            }
        });

        Assert.Single(graph.Requests);
    }

    [Fact]
    public void ModelFactory_GraphResponse_CarriesStatusHeadersAndTraceId()
    {
        var response = WhatsAppModelFactory.GraphResponse(201, [new("x-fb-trace-id", "AbC"), new("x-business-use-case-usage", "{}")]);
        using var json = JsonDocument.Parse("""{"id":"9"}""");
        var result = WhatsAppModelFactory.RawGraphResult(json.RootElement.Clone(), response);

        Assert.Equal(201, result.Response!.StatusCode);
        Assert.Equal("AbC", result.Response.TraceId);
        Assert.Equal("{}", Assert.Single(result.Response.Headers.GetValues("x-business-use-case-usage")));
        Assert.Equal("9", result.RawJson.GetProperty("id").GetString());
        Assert.Equal("HTTP 201 (x-fb-trace-id AbC)", response.ToString());
        Assert.Equal(JsonValueKind.Undefined, WhatsAppModelFactory.RawGraphResult(default).RawJson.ValueKind);
    }

    private static async Task<T> FirstAsync<T>(IAsyncEnumerable<T> source)
    {
        await foreach (var item in source)
        {
            return item;
        }

        throw new InvalidOperationException("empty");
    }

    private static GraphPagedList<JsonElement, RawGraphResult> List(GraphServer graph, CancellationToken cancellationToken = default)
    {
        var provider = graph.Services;
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<WhatsAppOptions>>().Get(string.Empty);
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(WhatsAppRegistrations.HttpClientName(string.Empty));
        var connection = new GraphConnection(http, options, provider.GetRequiredService<TimeProvider>());
        return new GraphPagedList<JsonElement, RawGraphResult>(
            connection, "123/items?limit=2", WhatsAppJsonContext.Default.JsonElement, static (_, source) => new RawGraphResult(source), cancellationToken);
    }

    private static GraphServer TwoPageServer()
    {
        var graph = new GraphServer();
        graph.Server.Given(Request.Create().WithPath("/v26.0/123/items").WithParam("after", "c1").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("x-fb-trace-id", "trace-page-2")
                .WithBody("""{"data":[{"id":"3"}],"paging":{"cursors":{"before":"c1","after":"c2"}}}"""));
        graph.Server.Given(Request.Create().WithPath("/v26.0/123/items").UsingGet()).AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("x-fb-trace-id", "trace-page-1")
                .WithBody("""{"data":[{"id":"1","unmodelled":"x"},{"id":"2"}],"paging":{"cursors":{"before":"c0","after":"c1"},"next":"https://graph.facebook.com/v26.0/123/items?after=c1"}}"""));
        return graph;
    }
}
