namespace CloudApi.Sdk.Flows.Json.Validation;

/// <summary>Collects every problem of a flow (it never stops at the first), each with its path.</summary>
internal sealed class FlowValidator
{
    private readonly List<FlowJsonError> _errors = [];

    public IReadOnlyList<FlowJsonError> Errors => _errors;

    public void Add(FlowJsonErrorKind kind, string path, string message, int? limit = null) =>
        _errors.Add(new FlowJsonError(kind, path, message, limit));

    /// <summary>A text of at most <paramref name="max"/> characters; a text with a dynamic reference is not measured.</summary>
    public void Text(string path, string property, string? value, int max)
    {
        if (value is not null && !FlowReference.IsDynamic(value) && value.Length > max)
        {
            Add(FlowJsonErrorKind.LimitExceeded, $"{path}.{property}", $"{property} is {value.Length} characters long; the limit is {max}.", max);
        }
    }

    public void AtMost(string path, string property, FlowValue<int>? value, int max)
    {
        if (value is { IsReference: false, Value: var number } && number > max)
        {
            Add(FlowJsonErrorKind.LimitExceeded, $"{path}.{property}", $"{property} is {number}; the limit is {max}.", max);
        }
    }

    public void Count<T>(string path, string property, FlowItems<T>? items, int min, int max)
        where T : notnull
    {
        if (items is null || items.IsReference)
        {
            return;
        }

        if (items.Count < min)
        {
            Add(FlowJsonErrorKind.LimitExceeded, $"{path}.{property}", $"{property} has {items.Count} item(s); at least {min} required.", min);
        }
        else if (items.Count > max)
        {
            Add(FlowJsonErrorKind.LimitExceeded, $"{path}.{property}", $"{property} has {items.Count} items; the limit is {max}.", max);
        }
    }

    /// <summary>A <c>data-source</c>: its size, each title's length and unique ids.</summary>
    public void Options(string path, string property, FlowItems<FlowOption> options, int min, int max)
    {
        Count(path, property, options, min, max);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            Text($"{path}.{property}[{i}]", "title", option.Title, FlowJsonLimits.OptionTitle);
            if (!ids.Add(option.Id))
            {
                Add(FlowJsonErrorKind.DuplicateName, $"{path}.{property}[{i}].id", $"The id '{option.Id}' appears more than once in {property}.");
            }
        }
    }

    /// <summary><c>min-selected-items</c> ≤ <c>max-selected-items</c> ≤ the number of items, when all are literal.</summary>
    public void Selection(string path, FlowItems<FlowOption> options, FlowValue<int>? minSelected, FlowValue<int>? maxSelected)
    {
        var min = minSelected is { IsReference: false } m ? m.Value : (int?)null;
        var max = maxSelected is { IsReference: false } x ? x.Value : (int?)null;
        if (min is { } low && max is { } high && low > high)
        {
            Add(FlowJsonErrorKind.InvalidValue, $"{path}.min-selected-items", $"min-selected-items ({low}) is larger than max-selected-items ({high}).");
        }

        if (!options.IsReference && (max ?? min) is { } most && most > options.Count)
        {
            var property = max is null ? "min-selected-items" : "max-selected-items";
            Add(FlowJsonErrorKind.LimitExceeded, $"{path}.{property}", $"{property} is {most}, but data-source has {options.Count} item(s).", options.Count);
        }
    }
}
