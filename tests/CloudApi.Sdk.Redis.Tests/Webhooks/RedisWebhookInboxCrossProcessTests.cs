using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Tests.Webhooks;

/// <summary>
/// Two consumer processes (tests/CloudApi.Sdk.Redis.Tests.Consumer) share one inbox; this process only receives. The first
/// consumer to meet one chosen message hangs inside its handler and is killed there, holding that entry and the rest of its
/// batch: the survivor takes them over (XAUTOCLAIM). Every event is handled once: none lost, none twice.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisWebhookInboxCrossProcessTests(RedisServerFixture redis)
{
    private const int Notifications = 30;
    private const int PerNotification = 3;

    [Fact]
    public async Task Inbox_TwoConsumerProcessesOneKilledMidStream_EveryEventHandledExactlyOnce()
    {
        var run = "x:" + Guid.NewGuid().ToString("N");
        var stream = run + ":inbox";
        var db = redis.Connection.GetDatabase();
        var ids = Enumerable.Range(0, Notifications).Select(n => Enumerable.Range(0, PerNotification).Select(i => $"wamid.{n}.{i}").ToArray()).ToArray();
        var hangOn = ids[Notifications / 2][1];
        await using var receiver = await InboxHost.StartAsync(w => w.UseRedisInbox(_ => redis.Connection, o =>
        {
            o.StreamKey = stream;
            o.Workers = 0;
        }));

        using var first = StartConsumer(stream, run, hangOn);
        using var second = StartConsumer(stream, run, hangOn);
        try
        {
            foreach (var notification in ids)
            {
                Assert.Equal(HttpStatusCode.OK, (await receiver.PostSignedAsync(InboxHost.Texts(notification))).StatusCode);
            }

            await Eventually.TrueAsync(async () => (await db.StringGetAsync(run + ":hung")).HasValue, "a consumer hanging on " + hangOn);
            var hung = int.Parse((string)(await db.StringGetAsync(run + ":hung"))!, CultureInfo.InvariantCulture);
            var (victim, survivor) = first.Process.Id == hung ? (first, second) : (second, first);
            victim.Process.Kill(entireProcessTree: true);
            await victim.Process.WaitForExitAsync(TestContext.Current.CancellationToken);

            await Eventually.TrueAsync(
                async () => await db.ListLengthAsync(run + ":handled") >= Notifications * PerNotification && await db.StreamLengthAsync(stream) == 0,
                "every event handled and every entry acknowledged");

            var handled = (await db.ListRangeAsync(run + ":handled")).Select(v => (string)v!).ToList();
            Assert.Equal(ids.SelectMany(n => n).Order(StringComparer.Ordinal), handled.Order(StringComparer.Ordinal)); // None lost, none twice.
            Assert.Contains(survivor.Process.Id.ToString(CultureInfo.InvariantCulture), (await db.ListRangeAsync(run + ":by")).Select(v => (string)v!));
            Assert.False(survivor.Process.HasExited, survivor.Output());
            Assert.Equal(0, (await db.StreamPendingAsync(stream, "cloudapi-webhooks")).PendingMessageCount);
        }
        finally
        {
            first.Stop();
            second.Stop();
        }
    }

    private Consumer StartConsumer(string stream, string run, string hangOn)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CloudApi.Sdk.Redis.Tests.Consumer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { dll, $"127.0.0.1:{redis.Port}", stream, run, hangOn })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        return new Consumer(process);
    }

    /// <summary>A consumer process, its output kept for failure messages.</summary>
    private sealed class Consumer : IDisposable
    {
        private readonly System.Text.StringBuilder _output = new();

        public Consumer(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }

        public void Stop()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }
        }

        public void Dispose() => Process.Dispose();

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
