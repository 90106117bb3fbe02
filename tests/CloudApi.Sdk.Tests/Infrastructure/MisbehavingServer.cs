using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CloudApi.Sdk.Tests.Infrastructure;

/// <summary>
/// A raw TCP server on loopback that reads each HTTP request whole and then misbehaves: it cuts the connection
/// (TCP reset), never answers, or sends a 200's headers and stalls the body. It counts the requests it fully received, which is what proves a request "left".
/// </summary>
public sealed class MisbehavingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _held = [];
    private readonly Task _acceptLoop;
    private readonly bool _reset;
    private readonly byte[]? _headers;
    private int _requests;

    private MisbehavingServer(bool reset, string? headers = null)
    {
        _reset = reset;
        _headers = headers is null ? null : Encoding.ASCII.GetBytes(headers);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Reads the request, then resets the connection without answering.</summary>
    public static MisbehavingServer ResetAfterRequest() => new(reset: true);

    /// <summary>Reads the request and never answers (until disposed).</summary>
    public static MisbehavingServer NeverAnswer() => new(reset: false);

    /// <summary>Reads the request, sends the headers of a 200 JSON answer of 64 bytes, and never sends the body (until disposed).</summary>
    public static MisbehavingServer StallBody() =>
        new(reset: false, "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: 64\r\n\r\n{\"messaging_product\"");

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public int RequestsReceived => Volatile.Read(ref _requests);

    /// <summary>Waits (bounded, real time) until <paramref name="count"/> requests were received.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        for (var i = 0; i < 500 && RequestsReceived < count; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                _ = HandleAsync(socket);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task HandleAsync(Socket socket)
    {
        try
        {
            await ReadRequestAsync(socket);
            if (_headers is not null)
            {
                await socket.SendAsync(_headers, SocketFlags.None, _stop.Token);
            }

            Interlocked.Increment(ref _requests);
            if (_reset)
            {
                socket.LingerState = new LingerOption(true, 0); // close with RST, as a crashed proxy would
                socket.Close();
            }
            else
            {
                lock (_held)
                {
                    _held.Add(socket);
                }
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Dispose();
        }
    }

    private async Task ReadRequestAsync(Socket socket)
    {
        var buffer = new byte[64 * 1024];
        var received = 0;
        while (true)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(received), _stop.Token);
            if (read == 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset);
            }

            received += read;
            var text = Encoding.ASCII.GetString(buffer, 0, received);
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd < 0)
            {
                continue;
            }

            var lengthLine = text[..headerEnd].Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            if (received >= headerEnd + 4 + length)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_held)
        {
            foreach (var socket in _held)
            {
                socket.Dispose();
            }
        }

        await _acceptLoop;
        _stop.Dispose();
    }
}
