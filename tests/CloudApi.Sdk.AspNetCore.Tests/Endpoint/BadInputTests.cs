using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CsCheck;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

/// <summary>Whatever arrives on the wire, the endpoint answers with a clear 4xx and nothing escapes it, on real Kestrel.</summary>
public class BadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(4096, 4096)]
    [InlineData(1024 * 1024, 1000)]
    public async Task Post_ChunkedBodyOverMaxBodySize_Clean413WithoutUnhandledException(int size, int chunkSize)
    {
        await using var host = await WebhookHost.StartAsync(o => o.MaxBodySize = 2048);
        var body = Payloads.Bytes(Payloads.Text("wamid.BIG", new string('a', size)));
        var content = new StreamContent(new MemoryStream(body), chunkSize);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", Payloads.Sign(body, WebhookHost.AppSecret));

        var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Recorder.Events);
        AssertNoUnhandledException(host);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("body larger than MaxBodySize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_MalformedChunkedEncoding_Clean400WithoutUnhandledException()
    {
        await using var host = await WebhookHost.StartAsync();
        var uri = new Uri(host.App.Urls.First());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port, Ct);
        var stream = tcp.GetStream();
        var request = "POST /webhook HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n" +
            "X-Hub-Signature-256: sha256=" + new string('0', 64) + "\r\n\r\nZZ-not-a-chunk-size\r\n{}\r\n0\r\n\r\n";

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        var answer = new byte[1024];
        var read = await stream.ReadAsync(answer, Ct);

        Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(answer, 0, read), StringComparison.Ordinal);
        AssertNoUnhandledException(host);
    }

    [Fact]
    public async Task Post_FuzzedBodiesWithValidSignatures_NeverA5xxNorAnUnhandledException()
    {
        await using var host = await WebhookHost.StartAsync();
        var seeds = new[] { Payloads.Kitchen, Payloads.Text("wamid.A", "Olá 👋"), Payloads.Statuses(("wamid.S", "sent")) }.Select(Payloads.Bytes).ToArray();
        var truncated = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, int.MaxValue], (s, cut) => seeds[s].AsSpan(0, cut % seeds[s].Length).ToArray());
        var flipped = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, int.MaxValue].Array[1, 8], Gen.Byte, (s, positions, value) =>
        {
            var bytes = seeds[s].ToArray();
            foreach (var position in positions)
            {
                bytes[position % bytes.Length] = value;
            }

            return bytes;
        });
        string[] vocabulary = ["{", "}", "[", "]", ",", ":", "\"", "\"object\"", "\"entry\"", "\"changes\"", "\"value\"", "\"messages\"",
            "\"statuses\"", "\"id\"", "\"type\"", "\"text\"", "1", "-0.5e9", "null", "true", "\"\\u0000\"", "\\", " "];
        var tokens = Gen.Int[0, vocabulary.Length - 1].Array[0, 60]
            .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts.Select(i => vocabulary[i]))));
        var bodies = Gen.OneOf(truncated, flipped, tokens, Gen.Byte.Array[0, 300]);
        var statuses = new HashSet<HttpStatusCode>();

        await bodies.SampleAsync(async body =>
        {
            var response = await host.PostAsync(body, Payloads.Sign(body, WebhookHost.AppSecret));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {Convert.ToBase64String(body)}");
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }
        }, iter: 600, threads: 2);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest], statuses.Order());
        AssertNoUnhandledException(host);
    }

    /// <summary>
    /// Nothing logged as an error (Kestrel logs an exception escaping the app as "unhandled", at Error) and no exception in
    /// any log but Kestrel's own Debug record of the bad bytes it drained after the answer.
    /// </summary>
    private static void AssertNoUnhandledException(WebhookHost host) =>
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error
            || (e.Exception is not null && e.Category != "Microsoft.AspNetCore.Server.Kestrel.BadRequests"));
}
