using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CloudApi.Sdk.Benchmarks.Redis;

/// <summary>A private <c>redis-server</c> (from PATH) on a free loopback port, without persistence; killed on dispose.</summary>
internal sealed class RedisServerProcess : IDisposable
{
    private readonly Process _process;

    private RedisServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<RedisServerProcess> StartAsync()
    {
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server could not be started; install it (apt-get install redis-server).");
        process.OutputDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        var server = new RedisServerProcess(process, port);
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(10);
            }
        }

        server.Dispose();
        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
