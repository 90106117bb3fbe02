namespace CloudApi.Sdk.Media;

/// <summary>Meta's answer to an upload (<c>{"id":"1037543291543636"}</c>).</summary>
/// <param name="Id">The media id: send it in a message (it stays valid 30 days) or delete it.</param>
public sealed record MediaUploadResult(string Id);
