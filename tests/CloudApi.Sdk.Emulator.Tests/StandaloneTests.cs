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
    public async Task BuiltEmulator_StartsAsAProcess_WithAppSettingsDefaults()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "CloudApi.Sdk.Emulator.dll");
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
                "v25.0/100000000000001/messages",
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
