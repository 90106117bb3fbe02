namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    // The Resumable Upload API (/{app-id}/uploads, /upload:{session}) is not in Meta's spec, so it has no row; its calls
    // are tested in Uploads/UploadsClientTests.cs. The spec operation it feeds is the profile update, mapped by PhoneNumbers.
    static partial void AddUploads(List<CoveredCall> calls)
    {
    }
}
