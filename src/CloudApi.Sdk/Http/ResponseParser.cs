namespace CloudApi.Sdk.Http;

/// <summary>Parses a successful response body into a result.</summary>
internal delegate T ResponseParser<out T>(ReadOnlySpan<byte> body);
