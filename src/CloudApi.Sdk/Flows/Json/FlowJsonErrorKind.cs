namespace CloudApi.Sdk.Flows.Json;

/// <summary>The rule a <see cref="FlowJsonError"/> breaks.</summary>
public enum FlowJsonErrorKind
{
    /// <summary>A required value is missing (no screens, a navigate action without a target…).</summary>
    Required,

    /// <summary>A text is too long or a list has too few or too many items; <see cref="FlowJsonError.Limit"/> is the limit.</summary>
    LimitExceeded,

    /// <summary>A value is malformed (a screen id with other characters than letters and underscores, a reserved id…).</summary>
    InvalidValue,

    /// <summary>Two components of a screen share a <c>name</c>, or two items of a list share an <c>id</c>.</summary>
    DuplicateName,

    /// <summary>Two screens share an <c>id</c>.</summary>
    DuplicateScreenId,

    /// <summary>A navigate action or the routing model names a screen the flow does not have.</summary>
    UnknownScreen,

    /// <summary>No screen is <c>terminal</c>.</summary>
    NoTerminalScreen,

    /// <summary>A terminal screen has no Footer.</summary>
    MissingFooter,

    /// <summary>A screen has more than one Footer.</summary>
    MultipleFooters,

    /// <summary>The flow has a routing model but no <c>data_api_version</c> (both come with an endpoint).</summary>
    RoutingModelWithoutDataApiVersion,

    /// <summary>A field of a screen's data model has no <c>__example__</c>.</summary>
    MissingExample,

    /// <summary>A <c>${data.NAME}</c> reference names a field the screen's data model does not declare.</summary>
    UnknownDataReference,

    /// <summary>A <c>${form.NAME}</c> reference names a component the screen does not have.</summary>
    UnknownFormReference,
}
