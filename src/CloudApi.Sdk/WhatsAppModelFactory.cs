using System.Text.Json;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>
/// Builds the SDK's results and webhook events for users' tests: the types have no public constructors (the SDK builds
/// them from Meta's answers), so a test that fakes an <see cref="IWhatsAppClient"/> or a webhook handler builds them here.
/// Every parameter but the identifying ones is optional.
/// </summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds the HTTP response details of a result.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">Response headers to set, e.g. <c>x-fb-trace-id</c>.</param>
    /// <returns>The response details.</returns>
    public static GraphResponse GraphResponse(int statusCode = 200, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var message = new HttpResponseMessage((System.Net.HttpStatusCode)statusCode);
        foreach (var (name, value) in headers ?? [])
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return new GraphResponse(statusCode, message.Headers);
    }

    /// <summary>Builds the answer of a raw Graph call.</summary>
    /// <param name="rawJson">The JSON the call answered.</param>
    /// <param name="response">The HTTP response details; see <see cref="GraphResponse(int, IEnumerable{KeyValuePair{string, string}}?)"/>.</param>
    /// <returns>The result.</returns>
    public static RawGraphResult RawGraphResult(JsonElement rawJson, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response));

    /// <summary>Builds one page of a list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="values">The page's items.</param>
    /// <param name="continuationToken">The cursor of the next page, or <see langword="null"/> for the last page.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The page.</returns>
    public static GraphPage<T> GraphPage<T>(IEnumerable<T> values, string? continuationToken = null, GraphResponse? response = null) =>
        new([.. values], continuationToken, response);
}
