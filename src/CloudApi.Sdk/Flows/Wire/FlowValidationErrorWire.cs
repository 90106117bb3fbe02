namespace CloudApi.Sdk.Flows.Wire;

/// <summary>An item of <c>validation_errors</c>: what is wrong in the Flow JSON, and where.</summary>
internal sealed class FlowValidationErrorWire
{
    public string? Error { get; set; }

    public string? ErrorType { get; set; }

    public string? Message { get; set; }

    public int? LineStart { get; set; }

    public int? LineEnd { get; set; }

    public int? ColumnStart { get; set; }

    public int? ColumnEnd { get; set; }

    public List<FlowValidationErrorPointerWire>? Pointers { get; set; }
}

/// <summary>An item of <c>validation_errors[].pointers</c>: one more place the error concerns.</summary>
internal sealed class FlowValidationErrorPointerWire
{
    public int? LineStart { get; set; }

    public int? LineEnd { get; set; }

    public int? ColumnStart { get; set; }

    public int? ColumnEnd { get; set; }

    public string? Path { get; set; }
}
