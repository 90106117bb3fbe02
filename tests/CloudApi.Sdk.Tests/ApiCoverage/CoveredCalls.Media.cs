namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    static partial void AddMedia(List<CoveredCall> calls)
    {
        calls.Add(new("POST /{Phone-Number-ID}/media", "IMediaClient.UploadAsync",
            (client, ct) => client.Media.UploadAsync(new MemoryStream([1, 2, 3]), "image/png", cancellationToken: ct), """{"id":"1037543291543636"}"""));
        calls.Add(new("GET /{Media-ID}", "IMediaClient.GetAsync",
            (client, ct) => client.Media.GetAsync("1037543291543636", cancellationToken: ct),
            """{"messaging_product":"whatsapp","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1","mime_type":"image/png","sha256":"x","file_size":3,"id":"1037543291543636"}"""));
        calls.Add(new("DELETE /{Media-ID}", "IMediaClient.DeleteAsync",
            (client, ct) => client.Media.DeleteAsync("1037543291543636", cancellationToken: ct), Success));
        calls.Add(new("GET /{Media-URL}", "IMediaClient.DownloadAsync",
            (client, ct) => client.Media.DownloadAsync(
                WhatsAppModelFactory.MediaInfo("1037543291543636", url: new Uri(CoverageServer.Address, new WhatsAppOptions().ApiVersion + "/whatsapp_business_attachment")),
                Stream.Null, ct)));
    }
}
