namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>Answers every request with Meta's send answer, in memory: what is left to measure is the client's own cost.</summary>
internal sealed class InMemoryGraphHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Answer());

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer();

    private static HttpResponseMessage Answer()
    {
        var content = new ByteArrayContent(MetaAnswer.SendAnswer);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content };
    }
}
