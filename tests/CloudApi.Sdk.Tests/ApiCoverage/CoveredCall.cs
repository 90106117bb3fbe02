namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>
/// One row of <c>docs/api-coverage.md</c> made executable: the spec operation (<c>METHOD /path</c> exactly as the table
/// writes it), the public method named in the table (<c>Interface.Method</c>), and a call of that method. The coverage
/// test runs <see cref="Invoke"/> against a loopback Graph server that answers every request with
/// <see cref="ResponseJson"/> and asserts the one request it saw used that verb on a path matching the operation.
/// </summary>
internal sealed record CoveredCall(
    string Operation,
    string Method,
    Func<IWhatsAppClient, CancellationToken, Task> Invoke,
    string ResponseJson = "{}");
