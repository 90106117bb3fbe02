using System.Web;
using CloudApi.Sdk.Tests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>Exact routes on the WireMock Graph server and readable access to what it received (for the resource tests).</summary>
internal static class GraphRoutes
{
    public const string V = "/v26.0/";

    public const string GraphErrorBody =
        """{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388040,"error_user_title":"Too long","error_user_msg":"The body is too long.","fbtrace_id":"AbCdEf123"}}""";

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> (without the version) with a JSON body.</summary>
    /// <param name="after">When set, only requests with this <c>after</c> cursor match; when empty, only requests without one.</param>
    /// <param name="traceId">When set, the answer carries it in <c>x-fb-trace-id</c>.</param>
    public static GraphServer On(this GraphServer graph, string method, string path, string body, int status = 200, string? after = null, string? traceId = null)
    {
        var request = Request.Create().WithPath(V + path).UsingMethod(method);
        if (after is not null)
        {
            request = request.WithParam(query => after.Length == 0
                ? !query.ContainsKey("after")
                : query.TryGetValue("after", out var values) && values.Contains(after));
        }

        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        if (traceId is not null)
        {
            response = response.WithHeader("x-fb-trace-id", traceId);
        }

        graph.Server.Given(request).RespondWith(response);
        return graph;
    }

    /// <summary>The query of a request, decoded (a comma-separated value stays one string).</summary>
    public static Dictionary<string, string> QueryOf(IRequestMessage request)
    {
        var parsed = HttpUtility.ParseQueryString(request.RawQuery ?? string.Empty);
        return parsed.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => parsed[k]!, StringComparer.Ordinal);
    }

    public static void AssertQuery(IRequestMessage request, params (string Name, string Value)[] expected)
    {
        var actual = QueryOf(request);
        Assert.Equal(expected.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => $"{e.Name}={e.Value}"),
            actual.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
    }
}
