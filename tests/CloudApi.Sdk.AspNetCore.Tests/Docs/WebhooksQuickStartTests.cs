using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Emulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>docs/webhooks.md's quick start is <see cref="WebhooksQuickStart"/>, verbatim, and it works: it answers a text.</summary>
public sealed partial class WebhooksQuickStartTests
{
    private const string Snippet = "webhooks-quick-start";
    private const string AppSecret = "quick-start-app-secret";

    [Fact]
    public void QuickStart_Document_ShowsTheCompiledSnippet()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "webhooks.md"));
        var quickStart = document[document.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var block = CodeBlock().Match(quickStart);
        Assert.True(block.Success, "docs/webhooks.md has no ```csharp block under '## Quick start'.");

        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "CloudApi.Sdk.AspNetCore.Tests", "Docs", "WebhooksQuickStart.cs"));

        Assert.Equal(MarkedRegions(source, Snippet), Normalize(block.Groups["code"].Value));
    }

    [Fact]
    public async Task QuickStart_SignedTextArrives_RepliesThroughTheClient()
    {
        var ct = TestContext.Current.CancellationToken;
        var emulatorOptions = new EmulatorOptions { AppSecret = AppSecret };
        await using var emulator = await WhatsAppEmulator.StartAsync(emulatorOptions, ct);
        var phoneNumberId = emulator.Options.PhoneNumbers[0].Id;
        var url = $"http://127.0.0.1:{FreePort()}";
        string[] args =
        [
            $"--urls={url}",
            $"--WhatsApp:AccessToken={emulator.Options.AccessTokens[0]}",
            $"--WhatsApp:PhoneNumberId={phoneNumberId}",
            $"--WhatsApp:BaseAddress={emulator.BaseAddress}",
            $"--WhatsApp:AppSecret={AppSecret}",
            "--WhatsApp:VerifyToken=quick-start-verify",
        ];

        using var capture = new HostCapture(url);
        var run = Task.Factory.StartNew(() => WebhooksQuickStart.Run(args), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var host = await capture.Started.WaitAsync(TimeSpan.FromSeconds(60), ct);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var body = Payloads.Bytes(Payloads.Text("wamid.quick-start-1", "hello", from: "16505551234"));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add("X-Hub-Signature-256", Payloads.Sign(body, AppSecret));

            using var answer = await http.SendAsync(request, ct);

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var reply = Assert.Single(emulator.Messages); // inline dispatch: the handler has sent before the 200
            Assert.Equal("16505551234", reply.To.TrimStart('+'));
            Assert.Contains("You said: hello", reply.Body, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync(ct);
            await run;
        }
    }

    /// <summary>The lines between each <c>// docs: name</c> and the next <c>// docs: end</c>, each region de-indented, regions separated by a blank line.</summary>
    private static string MarkedRegions(string source, string name)
    {
        var regions = new List<string>();
        List<string>? current = null;
        foreach (var line in source.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed == $"// docs: {name}")
            {
                current = [];
            }
            else if (trimmed == "// docs: end" && current is not null)
            {
                regions.Add(Normalize(string.Join('\n', current)));
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        Assert.NotEmpty(regions);
        return string.Join("\n\n", regions);
    }

    /// <summary>Unix line ends, no trailing white space, no blank lines at either end, the common indentation removed.</summary>
    private static string Normalize(string code)
    {
        var lines = code.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(line => line.Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(line => line.Length == 0 ? line : line[indent..]));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CloudApi.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CloudApi.Sdk.sln) is not above the test binaries.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary>
    /// Gets the host the snippet builds (hosting reports each built host on a <see cref="DiagnosticListener"/>, as
    /// WebApplicationFactory finds a top-level program's), told apart from other tests' hosts by its URL, once it has started.
    /// </summary>
    private sealed class HostCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _url;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private readonly TaskCompletionSource<IHost> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HostCapture(string url)
        {
            _url = url;
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public Task<IHost> Started => _started.Task;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
            {
                lock (_listeners)
                {
                    _listeners.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilt" && value.Value is IHost host && host.Services.GetRequiredService<IConfiguration>()["urls"] == _url)
            {
                host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => _started.TrySetResult(host));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _subscription.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(listener => listener.Dispose());
            }
        }
    }
}
