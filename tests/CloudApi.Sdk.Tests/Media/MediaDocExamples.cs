using CloudApi.Sdk.Media;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.Media;

/// <summary>The examples of docs/media.md, compiled and run against the emulator.</summary>
public sealed class MediaDocExamples
{
    // docs: upload
    public static async Task<string> UploadAsync(IWhatsAppClient client, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path); // streamed: never loaded whole into memory
        MediaUploadResult uploaded = await client.Media.UploadAsync(file, "application/pdf",
            new MediaUploadOptions { FileName = Path.GetFileName(path) }, cancellationToken);
        return uploaded.Id; // send it in a document message; it stays valid for 30 days
    }

    // docs: download
    internal static async Task DownloadAsync(IWhatsAppClient client, string mediaId, string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        try
        {
            MediaInfo media = await client.Media.DownloadAsync(mediaId, file, cancellationToken: cancellationToken);
            Console.WriteLine($"{media.MimeType}, {media.FileSize} bytes, sha256 verified");
        }
        catch (MediaIntegrityException)
        {
            file.Close();
            File.Delete(path); // the bytes do not match what Meta reported: never use them
            throw;
        }
    }

    // docs: delete
    internal static Task DeleteAsync(IWhatsAppClient client, string mediaId, CancellationToken cancellationToken) =>
        client.Media.DeleteAsync(mediaId, cancellationToken: cancellationToken);

    [Fact]
    public async Task Examples_RunAgainstEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var source = Path.GetTempFileName();
        var target = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(source, PatternStream.Bytes(50_000), ct);
            var id = await UploadAsync(graph.Client, source, ct);
            await DownloadAsync(graph.Client, id, target, ct);
            Assert.Equal(await File.ReadAllBytesAsync(source, ct), await File.ReadAllBytesAsync(target, ct));
            await DeleteAsync(graph.Client, id, ct);
        }
        finally
        {
            File.Delete(source);
            File.Delete(target);
        }
    }
}
