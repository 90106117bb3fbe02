using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Tests;

/// <summary>Starts a private <c>redis-server</c> (from PATH) on a free loopback port, without persistence; stops it after.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; private set; }

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Port = FreePort();
        Start();
        Connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},abortConnect=false,allowAdmin=true,connectTimeout=2000,syncTimeout=2000");
    }

    /// <summary>Kills the server (its state is lost, as with a crash) and starts a fresh one on the same port.</summary>
    public async Task RestartAsync()
    {
        Stop();
        Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!Connection.IsConnected)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>Starts a fresh server on the same port after <see cref="Stop"/> and waits until the connection is back.</summary>
    public async Task StartAgainAsync()
    {
        Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!Connection.IsConnected)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Stop();
    }

    private void Start()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server could not be started; install it (apt-get install redis-server).");
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(10);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisServerGroup : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
