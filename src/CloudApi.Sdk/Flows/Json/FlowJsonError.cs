namespace CloudApi.Sdk.Flows.Json;

/// <summary>A problem <see cref="FlowJson.Validate"/> found, with the path of the JSON it is in.</summary>
public sealed class FlowJsonError
{
    internal FlowJsonError(FlowJsonErrorKind kind, string path, string message, int? limit)
    {
        Kind = kind;
        Path = path;
        Message = message;
        Limit = limit;
    }

    /// <summary>The rule broken.</summary>
    public FlowJsonErrorKind Kind { get; }

    /// <summary>Where, as a path in the Flow JSON (e.g. <c>screens[1].layout.children[3].label</c>).</summary>
    public string Path { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>The limit (a length or a count) broken, or <see langword="null"/> when the rule is not a limit.</summary>
    public int? Limit { get; }

    /// <summary>The path and the message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
