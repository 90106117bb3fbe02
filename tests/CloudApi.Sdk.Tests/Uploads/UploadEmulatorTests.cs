using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Media;
using CloudApi.Sdk.Tests.Templates;
using CloudApi.Sdk.Uploads;

namespace CloudApi.Sdk.Tests.Uploads;

/// <summary>Resumable uploads against the emulator: handles that template creation and profile updates accept, and resumes.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class UploadEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<EmulatedGraph> StartAsync() => EmulatedGraph.StartAsync(o => o.RequireUploadedHandles = true);

    [Fact]
    public async Task UploadedHandle_AcceptedAsTemplateHeaderExample_UnknownHandleRefusedWith2388273()
    {
        await using var graph = await StartAsync();
        var upload = await graph.Client.Uploads.UploadFileAsync(new MemoryStream(PatternStream.Bytes(50_000)), "menu.png", UploadFileTypes.Png, cancellationToken: Ct);
        static CreateTemplateRequest Request(string name, string handle) => new(name, "en_US", TemplateCategory.Marketing,
            [TemplateHeader.ForImage(handle), new TemplateBody("Our new menu is here.")]);

        var created = await graph.Client.Templates.CreateAsync(Request("new_menu", upload.Handle), cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Templates.CreateAsync(Request("old_menu", "4::aW1hZ2UvcG5n:not-uploaded"), cancellationToken: Ct));

        Assert.False(string.IsNullOrEmpty(created.Id));
        Assert.Equal(WhatsAppErrorCodes.InvalidParameter, refused.ErrorCode);
        Assert.Equal(WhatsAppErrorCodes.TemplateInvalidHeaderHandle, refused.Error!.Subcode);
    }

    [Fact]
    public async Task UploadedHandle_AcceptedAsProfilePicture()
    {
        await using var graph = await StartAsync();
        var upload = await graph.Client.Uploads.UploadFileAsync(new MemoryStream(PatternStream.Bytes(20_000)), "logo.jpg", UploadFileTypes.Jpeg, cancellationToken: Ct);

        await graph.Client.PhoneNumbers.UpdateBusinessProfileAsync(new BusinessProfileUpdate { ProfilePictureHandle = upload.Handle }, cancellationToken: Ct);
        var profile = await graph.Client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: Ct);

        Assert.NotNull(profile.ProfilePictureUrl);
    }

    [Fact]
    public async Task UploadFileAsync_ConnectionBreaksMidTransfer_ResumesFromEmulatorsOffset()
    {
        await using var graph = await StartAsync();
        var file = PatternStream.Bytes(3_000_000);
        var stream = new BreakingStream(file, breakAfter: 1_000_000);

        var upload = await graph.Client.Uploads.UploadFileAsync(stream, "big.pdf", UploadFileTypes.Pdf, cancellationToken: Ct);
        var created = await graph.Client.Templates.CreateAsync(new CreateTemplateRequest("catalog", "en_US", TemplateCategory.Marketing,
            [TemplateHeader.ForDocument(upload.Handle), new TemplateBody("Our catalog.")]), cancellationToken: Ct);

        Assert.True(stream.Broke);
        Assert.StartsWith("4::", upload.Handle, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(created.Id));
        // The pass that finished began at the offset the emulator reported, inside the file
        // (under load the emulator may not yet have counted the broken pass's bytes, and then it is 0); resuming from a
        // non-zero offset is tested at the HTTP level in UploadsClientTests.
        Assert.InRange(stream.LastPassStart, 0, file.Length - 1);
    }

    [Fact]
    public async Task UploadFileAsync_100MbVideo_StreamedWithoutBuffering()
    {
        const long Size = 100L * 1024 * 1024;
        await using var graph = await StartAsync();
        await graph.Client.Uploads.UploadFileAsync(new PatternStream(1024, seekable: true), "warm.mp4", UploadFileTypes.Mp4, cancellationToken: Ct);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var upload = await graph.Client.Uploads.UploadFileAsync(new PatternStream(Size, seekable: true), "big.mp4", UploadFileTypes.Mp4, cancellationToken: Ct);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.StartsWith("4::", upload.Handle, StringComparison.Ordinal);
        Assert.True(allocated < Size / 2, $"allocated {allocated / 1048576} MB for a 100 MB upload");
    }

    /// <summary>A seekable file whose first read pass fails after <c>breakAfter</c> bytes, as a dropped connection would.</summary>
    private sealed class BreakingStream(byte[] bytes, int breakAfter) : MemoryStream(bytes)
    {
        private long _readThisPass;
        private bool _firstPass = true;

        public bool Broke { get; private set; }

        public long LastPassStart { get; private set; } = -1;

        public override long Position
        {
            get => base.Position;
            set
            {
                if (Broke)
                {
                    LastPassStart = value;
                }

                base.Position = value;
                _readThisPass = 0;
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_firstPass && _readThisPass >= breakAfter)
            {
                _firstPass = false;
                Broke = true;
                throw new IOException("The connection was reset (simulated).");
            }

            var read = await base.ReadAsync(buffer, cancellationToken);
            _readThisPass += read;
            return read;
        }
    }
}
