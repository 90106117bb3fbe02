namespace CloudApi.Sdk.Http;

/// <summary>Parses a successful response body into a result; <paramref name="response"/> is the response it came in.</summary>
internal delegate T ResponseParser<out T>(ReadOnlySpan<byte> body, GraphResponse response);
