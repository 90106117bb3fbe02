using System.Diagnostics;
using System.Security.Cryptography;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.Media;

[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

[Collection(nameof(MemoryMeasurement))]
public sealed class MediaEmulatorTests(ITestOutputHelper output)
{
    private const long Size = MediaLimits.MaxDocumentBytes; // 100 MB, the largest document Meta accepts

    [Fact]
    public async Task UploadAndDownload100MbDocument_MemoryStaysFlat()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var expected = SHA256.HashData(new PatternStream(Size, seekable: false));
        var sink = new HashingSink();

        // Warm up the connection and the code paths so the measurement sees the transfer, not JIT and first-use costs.
        var warm = await graph.Client.Media.UploadAsync(new PatternStream(1024, seekable: true), "application/pdf", new MediaUploadOptions { FileName = "warm.pdf" }, ct);
        await graph.Client.Media.DownloadAsync(warm.Id, Stream.Null, cancellationToken: ct);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var uploaded = await graph.Client.Media.UploadAsync(new PatternStream(Size, seekable: true), "application/pdf", new MediaUploadOptions { FileName = "big.pdf" }, ct);
        var info = await graph.Client.Media.DownloadAsync(uploaded.Id, sink, cancellationToken: ct);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var peakGrowth = Math.Max(0, process.PeakWorkingSet64 - peakBefore);
        var workingSetGrowth = process.WorkingSet64 - workingSetBefore;
        output.WriteLine($"100 MB upload + download (client and emulator in one process): allocated {allocated / 1048576.0:F1} MB, " +
            $"peak working set +{peakGrowth / 1048576.0:F1} MB, working set {workingSetGrowth / 1048576.0:+0.0;-0.0} MB");

        Assert.Equal(Size, info.FileSize);
        Assert.Equal(Convert.ToHexString(expected).ToLowerInvariant(), info.Sha256);
        Assert.Equal(Size, sink.Length);
        Assert.Equal(expected, sink.Hash());
        // Buffering the file anywhere (client upload, client download, or the in-process server) would allocate >= 100 MB.
        Assert.True(allocated < Size / 2, $"allocated {allocated / 1048576} MB for a 100 MB round trip");
        Assert.True(peakGrowth < Size / 2, $"peak working set grew {peakGrowth / 1048576} MB for a 100 MB round trip");
    }

    [Fact]
    public async Task UploadGetDownloadDelete_RoundTripThroughEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var image = PatternStream.Bytes(300_000);

        var uploaded = await graph.Client.Media.UploadAsync(new MemoryStream(image), "image/png", new MediaUploadOptions { FileName = "photo.png" }, ct);
        var info = await graph.Client.Media.GetAsync(uploaded.Id, new MediaRequestOptions { PhoneNumberId = EmulatedGraph.PhoneNumberId }, ct);
        var copy = new MemoryStream();
        await graph.Client.Media.DownloadAsync(info, copy, ct);
        await graph.Client.Media.DeleteAsync(uploaded.Id, cancellationToken: ct);

        Assert.Equal(("image/png", 300_000L), (info.MimeType, info.FileSize));
        Assert.Equal(image, copy.ToArray());
        await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Media.GetAsync(uploaded.Id, cancellationToken: ct));
    }

    [Fact]
    public async Task DownloadAsync_UrlExpiredAfterFiveMinutes_ThrowsNotFound()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var uploaded = await graph.Client.Media.UploadAsync(new MemoryStream([1, 2, 3]), "text/plain", cancellationToken: ct);
        var info = await graph.Client.Media.GetAsync(uploaded.Id, cancellationToken: ct);

        graph.Time.Advance(TimeSpan.FromMinutes(6));

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Media.DownloadAsync(info, Stream.Null, ct));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        await graph.Client.Media.DownloadAsync(uploaded.Id, Stream.Null, cancellationToken: ct);
    }

    /// <summary>A write-only destination that hashes and counts what it receives and keeps nothing.</summary>
    private sealed class HashingSink : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            Position += buffer.Length;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
