namespace CloudApi.Sdk.Flows.Wire;

/// <summary>Maps the nested wire objects of the Flows answers to their public values.</summary>
internal static class FlowMapper
{
    public static IReadOnlyList<FlowValidationError> Errors(List<FlowValidationErrorWire>? errors) =>
        errors is null ? [] : [.. errors.Select(e => new FlowValidationError(e))];

    public static System.Uri? Uri(string? text) =>
        System.Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    public static FlowPreview? Preview(FlowPreviewWire? wire) =>
        Uri(wire?.PreviewUrl) is { } url ? new FlowPreview(url, wire!.ExpiresAt) : null;

    /// <summary>A string item as its text, any other item as its JSON.</summary>
    private static string Text(System.Text.Json.JsonElement item) =>
        item.ValueKind == System.Text.Json.JsonValueKind.String ? item.GetString()! : item.GetRawText();

    public static FlowHealthStatus? Health(FlowHealthStatusWire? wire) =>
        wire is null
            ? null
            : new FlowHealthStatus(
                wire.CanSendMessage ?? default,
                wire.Entities is null
                    ? []
                    : [.. wire.Entities.Select(e => new FlowHealthEntity(
                        e.EntityType ?? default,
                        e.Id ?? string.Empty,
                        e.CanSendMessage ?? default,
                        e.Errors is null ? [] : [.. e.Errors.Select(x => new FlowHealthError(x.ErrorCode ?? 0, x.ErrorDescription, x.PossibleSolution))],
                        e.AdditionalInfo is null ? [] : [.. e.AdditionalInfo.Select(Text)]))]);
}
