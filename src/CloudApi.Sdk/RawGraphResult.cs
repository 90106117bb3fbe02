using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>
/// The answer of a Graph call the SDK does not model (made through <see cref="IWhatsAppClient.Graph"/>): only its JSON
/// (<see cref="GraphResult.RawJson"/>) and its HTTP response.
/// </summary>
public sealed class RawGraphResult : GraphResult
{
    internal RawGraphResult(GraphSource source)
        : base(source)
    {
    }
}
