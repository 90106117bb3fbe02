using CloudApi.Sdk.Flows.Wire;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// A problem Meta found in a Flow JSON (an item of <c>validation_errors</c>): what is wrong and where, by line and column
/// of the uploaded document. A flow with validation errors cannot be published.
/// </summary>
public sealed class FlowValidationError
{
    internal FlowValidationError(FlowValidationErrorWire wire)
        : this(
            wire.Error ?? string.Empty,
            wire.ErrorType,
            wire.Message ?? string.Empty,
            wire.LineStart,
            wire.LineEnd,
            wire.ColumnStart,
            wire.ColumnEnd,
            wire.Pointers is null ? [] : [.. wire.Pointers.Select(p => new FlowValidationErrorPointer(p.LineStart, p.LineEnd, p.ColumnStart, p.ColumnEnd, p.Path))])
    {
    }

    internal FlowValidationError(
        string error, string? errorType, string message, int? lineStart, int? lineEnd, int? columnStart, int? columnEnd,
        IReadOnlyList<FlowValidationErrorPointer> pointers)
    {
        Error = error;
        ErrorType = errorType;
        Message = message;
        LineStart = lineStart;
        LineEnd = lineEnd;
        ColumnStart = columnStart;
        ColumnEnd = columnEnd;
        Pointers = pointers;
    }

    /// <summary>The error's name (<c>error</c>), e.g. <c>INVALID_PROPERTY</c>.</summary>
    public string Error { get; }

    /// <summary>The kind of error (<c>error_type</c>), e.g. <c>JSON_SCHEMA_ERROR</c> or <c>FLOW_JSON_ERROR</c>.</summary>
    public string? ErrorType { get; }

    /// <summary>What is wrong, in Meta's words (<c>message</c>).</summary>
    public string Message { get; }

    /// <summary>The first line of the faulty part (<c>line_start</c>, from 1).</summary>
    public int? LineStart { get; }

    /// <summary>The last line of the faulty part (<c>line_end</c>).</summary>
    public int? LineEnd { get; }

    /// <summary>The column the faulty part starts at on <see cref="LineStart"/> (<c>column_start</c>, from 1).</summary>
    public int? ColumnStart { get; }

    /// <summary>The column the faulty part ends at on <see cref="LineEnd"/> (<c>column_end</c>).</summary>
    public int? ColumnEnd { get; }

    /// <summary>Other places the error concerns, with their JSON path (<c>pointers</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<FlowValidationErrorPointer> Pointers { get; }

    /// <summary>The error as one line: <c>line 46, column 17: INVALID_PROPERTY: The property ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        LineStart is { } line ? $"line {line}, column {ColumnStart ?? 0}: {Error}: {Message}" : $"{Error}: {Message}";
}

/// <summary>A place in the Flow JSON a <see cref="FlowValidationError"/> concerns (an item of <c>pointers</c>).</summary>
public sealed class FlowValidationErrorPointer
{
    internal FlowValidationErrorPointer(int? lineStart, int? lineEnd, int? columnStart, int? columnEnd, string? path)
    {
        LineStart = lineStart;
        LineEnd = lineEnd;
        ColumnStart = columnStart;
        ColumnEnd = columnEnd;
        Path = path;
    }

    /// <summary>The first line (<c>line_start</c>, from 1).</summary>
    public int? LineStart { get; }

    /// <summary>The last line (<c>line_end</c>).</summary>
    public int? LineEnd { get; }

    /// <summary>The first column (<c>column_start</c>, from 1).</summary>
    public int? ColumnStart { get; }

    /// <summary>The last column (<c>column_end</c>).</summary>
    public int? ColumnEnd { get; }

    /// <summary>The JSON path of the part, e.g. <c>screens[0].layout.children[1]</c> (<c>path</c>).</summary>
    public string? Path { get; }
}
