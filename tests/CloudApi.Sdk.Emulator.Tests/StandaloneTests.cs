using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class StandaloneTests
{
    [Fact]
    public async Task Tool_StartsAsAProcess_WithAppSettingsDefaults()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "CloudApi.Sdk.Emulator.Tool.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var banner = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
                if (e.Data?.Contains("curl -s", StringComparison.Ordinal) == true)
                {
                    banner.TrySetResult();
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await banner.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
            string printed;
            lock (output)
            {
                printed = output.ToString();
            }

            Assert.Contains($"http://127.0.0.1:{port}/", printed, StringComparison.Ordinal);
            Assert.Contains("emulator-token", printed, StringComparison.Ordinal);
            Assert.Contains("100000000000001", printed, StringComparison.Ordinal);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "emulator-token");
            using var sent = await http.PostAsync(
                "v26.0/100000000000001/messages",
                new StringContent("""{"messaging_product":"whatsapp","to":"+15550001111","type":"text","text":{"body":"hello"}}""", Encoding.UTF8, "application/json"),
                ct);
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

            var stats = JsonNode.Parse(await http.GetStringAsync("_emulator/stats", ct))!;
            Assert.Equal(1, stats["accepted"]!.GetValue<long>());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }
    }

    [Fact]
    public async Task RunStandaloneAsync_InProcess_ServesUntilCancelled()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = WhatsAppEmulator.RunStandaloneAsync(
            ["--urls", $"http://127.0.0.1:{port}", "--Emulator:AccessTokens:0=standalone-token", "--Emulator:PhoneNumbers:0:Id=100000000000777"],
            stop.Token);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "standalone-token");
        using var sent = await SendWhenListeningAsync(http, running, ct);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30), ct);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("_emulator/stats", ct));
    }

    [Fact]
    public async Task Tool_Help_PrintsUsageWithoutStarting()
    {
        var (exitCode, stdout, _) = await RunToolAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Usage: whatsapp-emulator [options]", stdout, StringComparison.Ordinal);
        Assert.Contains("--Emulator:WebhookCallbackUri", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus=1", "unknown option '--bogus=1'")]
    [InlineData("serve", "unexpected argument 'serve'")]
    [InlineData("--urls", "option '--urls' needs a value")]
    [InlineData("--Emulator:PairLimitBurst=many", "PairLimitBurst")]
    [InlineData("--Emulator:NoSuchOption=1", "NoSuchOption")]
    [InlineData("--Emulator:PairLimitBurst=0", "PairLimitBurst must be 1 or more")]
    public async Task Tool_BadArgument_PrintsTheProblemAndUsage_ExitCode2(string argument, string problem)
    {
        var (exitCode, stdout, stderr) = await RunToolAsync(argument);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("whatsapp-emulator: ", stderr, StringComparison.Ordinal);
        Assert.Contains(problem, stderr, StringComparison.Ordinal);
        Assert.Contains("Usage: whatsapp-emulator [options]", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task RunStandaloneAsync_InvalidOption_Returns2WithoutStarting()
    {
        var exitCode = await WhatsAppEmulator.RunStandaloneAsync(["--Emulator:CustomerServiceWindow=-01:00:00"], TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToolAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CloudApi.Sdk.Emulator.Tool.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Sends once the server accepts connections (it starts in the background); fails if the server stopped.</summary>
    private static async Task<HttpResponseMessage> SendWhenListeningAsync(HttpClient http, Task server, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            Assert.False(server.IsCompleted, "The standalone emulator stopped before it served.");
            try
            {
                return await http.PostAsync(
                    "v26.0/100000000000777/messages",
                    new StringContent("""{"messaging_product":"whatsapp","to":"+15550001111","type":"text","text":{"body":"hello"}}""", Encoding.UTF8, "application/json"),
                    ct);
            }
            catch (HttpRequestException) when (attempt < 600)
            {
                await Task.Delay(50, ct);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
