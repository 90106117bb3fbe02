namespace CloudApi.Sdk.Serialization;

/// <summary>Graph's <c>{"success":true}</c> answer.</summary>
internal sealed class GraphSuccess
{
    public bool Success { get; set; }
}
