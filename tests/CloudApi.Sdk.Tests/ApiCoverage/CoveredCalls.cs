namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>
/// Every covered operation's call, gathered from one partial file per area (<c>CoveredCalls.&lt;Area&gt;.cs</c>
/// implements its <c>Add&lt;Area&gt;</c>), so areas are added without touching each other's files.
/// </summary>
internal static partial class CoveredCalls
{
    public static IReadOnlyList<CoveredCall> All { get; } = Gather();

    private static List<CoveredCall> Gather()
    {
        var calls = new List<CoveredCall>();
        AddMessages(calls);
        AddMedia(calls);
        AddTemplates(calls);
        AddPhoneNumbers(calls);
        AddBusinessAccounts(calls);
        AddBusiness(calls);
        AddUploads(calls);
        AddMarketingMessages(calls);
        AddFlows(calls);
        AddGroups(calls);
        AddCalling(calls);
        AddPartners(calls);
        return calls;
    }

    static partial void AddMessages(List<CoveredCall> calls);
    static partial void AddMedia(List<CoveredCall> calls);
    static partial void AddTemplates(List<CoveredCall> calls);
    static partial void AddPhoneNumbers(List<CoveredCall> calls);
    static partial void AddBusinessAccounts(List<CoveredCall> calls);
    static partial void AddBusiness(List<CoveredCall> calls);
    static partial void AddUploads(List<CoveredCall> calls);
    static partial void AddMarketingMessages(List<CoveredCall> calls);
    static partial void AddFlows(List<CoveredCall> calls);
    static partial void AddGroups(List<CoveredCall> calls);
    static partial void AddCalling(List<CoveredCall> calls);
    static partial void AddPartners(List<CoveredCall> calls);
}
