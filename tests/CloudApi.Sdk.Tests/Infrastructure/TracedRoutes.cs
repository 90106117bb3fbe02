using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Infrastructure;

/// <summary>Answers that carry Meta's trace header, to check that results keep their response.</summary>
public static class TracedRoutes
{
    /// <summary>Answers <paramref name="method"/> <c>/v26.0/{path}</c> with <paramref name="body"/>, status 200 and <c>x-fb-trace-id: {traceId}</c>.</summary>
    public static GraphServer OnTraced(this GraphServer graph, string method, string path, string body, string traceId, int status = 200)
    {
        graph.Server.Given(Request.Create().WithPath("/v26.0/" + path).UsingMethod(method)).AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("x-fb-trace-id", traceId).WithBody(body));
        return graph;
    }
}
