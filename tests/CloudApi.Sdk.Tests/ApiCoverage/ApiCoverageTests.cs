using System.Reflection;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>
/// <c>docs/api-coverage.md</c> against Meta's spec and the SDK: one row per spec operation, every named method exists
/// and has one call that the loopback server sees with the operation's verb and path.
/// </summary>
public sealed class ApiCoverageTests
{
    private static readonly string ApiVersion = new WhatsAppOptions().ApiVersion;

    public static TheoryData<string, string> Calls
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var call in CoveredCalls.All)
            {
                data.Add(call.Operation, call.Method);
            }

            return data;
        }
    }

    [Fact]
    public void SpecOperations_ReadFromTheSpec_AreAllOfThem()
    {
        Assert.Equal(113, ApiCoverageTable.SpecOperations.Count);
        Assert.Contains("GET /{Phone-Number-ID}/block_users", ApiCoverageTable.SpecOperations);
        Assert.Equal(ApiCoverageTable.SpecOperations.Count, ApiCoverageTable.SpecOperations.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void CoverageTable_EveryRow_IsASpecOperation()
    {
        var unknown = ApiCoverageTable.Rows.Select(row => row.Operation).Except(ApiCoverageTable.SpecOperations, StringComparer.Ordinal);

        Assert.Empty(unknown);
    }

    [Fact]
    public void CoverageTable_EverySpecOperation_HasExactlyOneRow()
    {
        var counts = ApiCoverageTable.Rows.GroupBy(row => row.Operation, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Empty(ApiCoverageTable.SpecOperations.Where(operation => counts.GetValueOrDefault(operation) != 1)
            .Select(operation => $"{operation}: {counts.GetValueOrDefault(operation)} rows"));
    }

    [Fact]
    public void CoverageTable_RowsWithoutAMethod_GiveAReason()
    {
        Assert.Empty(ApiCoverageTable.Rows.Where(row => row.Methods.Count == 0 && row.Cell.Length < 8).Select(row => row.Operation));
    }

    [Fact]
    public void CoverageTable_EveryNamedMethod_ExistsOnAPublicInterface()
    {
        var interfaces = typeof(IWhatsAppClient).Assembly.GetExportedTypes().Where(type => type.IsInterface).ToDictionary(type => type.Name, StringComparer.Ordinal);

        var missing = ApiCoverageTable.Rows.SelectMany(row => row.Methods).Distinct(StringComparer.Ordinal).Where(method =>
        {
            var (typeName, methodName) = Split(method);
            return !interfaces.TryGetValue(typeName, out var type) ||
                !type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == methodName);
        });

        Assert.Empty(missing);
    }

    [Fact]
    public void CoverageTable_EveryNamedMethod_HasExactlyOneCoveredCall()
    {
        var wrong = ApiCoverageTable.Rows
            .SelectMany(row => row.Methods.Select(method => (row.Operation, Method: method)))
            .Where(named => CoveredCalls.All.Count(call => call.Operation == named.Operation && call.Method == named.Method) != 1)
            .Select(named => $"{named.Operation} -> {named.Method}");

        Assert.Empty(wrong);
    }

    [Fact]
    public void CoveredCalls_EveryCall_IsNamedInItsOperationsRow()
    {
        var named = ApiCoverageTable.Rows.SelectMany(row => row.Methods.Select(method => (row.Operation, method))).ToHashSet();

        Assert.Empty(CoveredCalls.All.Where(call => !named.Contains((call.Operation, call.Method))).Select(call => $"{call.Operation} -> {call.Method}"));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task CoveredCall_AgainstTheGraph_SendsOneRequestOfItsOperation(string operation, string method)
    {
        var call = Assert.Single(CoveredCalls.All, c => c.Operation == operation && c.Method == method);
        using var graph = new GraphServer().Answer(200, call.ResponseJson);
        CoverageServer.Use(new Uri(graph.Server.Url!));

        await call.Invoke(graph.Client, TestContext.Current.CancellationToken);

        var request = graph.SingleRequest();
        Assert.Equal(operation[..operation.IndexOf(' ', StringComparison.Ordinal)], request.Method);
        Assert.Matches(ApiCoverageTable.PathOf(operation, ApiVersion), request.Path);
    }

    private static (string Type, string Method) Split(string method)
    {
        var dot = method.IndexOf('.', StringComparison.Ordinal);
        return (method[..dot], method[(dot + 1)..]);
    }
}
