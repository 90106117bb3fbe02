using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>The parts of a text send measured one by one, to show where the SDK's own time goes.</summary>
[MemoryDiagnoser]
public class SendPathPartsBenchmarks
{
    private static readonly TextMessage Message = new(MetaAnswer.Body);
    private static readonly WhatsAppRecipient Recipient = WhatsAppRecipient.Parse(MetaAnswer.Recipient);
    private static readonly GraphResponse Ok = WhatsAppModelFactory.GraphResponse();

    [Benchmark(Description = "validate: recipient + text message")]
    public long Validate() => WhatsAppRecipient.Parse(MetaAnswer.Recipient).LimiterKey + new TextMessage(MetaAnswer.Body).Body.Length;

    [Benchmark(Description = "serialize into PooledJsonContent + dispose")]
    public int Content()
    {
        using var content = PooledJsonContent.Create(Message, static (writer, message) =>
            MessageRequestWriter.WriteSend(writer, Recipient, message, null));
        return content.Bytes.Length;
    }

    [Benchmark(Description = "per-attempt timeout: CTS + TimeProvider timer")]
    public bool AttemptTimeout()
    {
        using var cancellation = new CancellationTokenSource();
        using var timer = TimeProvider.System.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), cancellation, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        return cancellation.IsCancellationRequested;
    }

    [Benchmark(Description = "parse the send answer")]
    public string Parse() => SendMessageResultReader.Read(MetaAnswer.SendAnswer, Ok).MessageId;

    [Benchmark(Description = "read the answer body (ByteArrayContent)")]
    public async Task<int> ReadBody()
    {
        using var content = new ByteArrayContent(MetaAnswer.SendAnswer);
        using var body = await ResponseBody.ReadAsync(content, default);
        return body.Span.Length;
    }
}
