namespace CloudApi.Sdk.Messages;

/// <summary>Which WhatsApp Flow an <see cref="InteractiveFlowMessage"/> opens: by <c>flow_id</c> or by <c>flow_name</c>.</summary>
public sealed class FlowReference
{
    private FlowReference(string? id, string? name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The flow's id, or <see langword="null"/> when it is referenced by <see cref="Name"/>.</summary>
    public string? Id { get; }

    /// <summary>The flow's name, or <see langword="null"/> when it is referenced by <see cref="Id"/>.</summary>
    public string? Name { get; }

    /// <summary>References a flow by its id.</summary>
    /// <param name="id">The flow id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="WhatsAppValidationException">The id is empty.</exception>
    public static FlowReference FromId(string id)
    {
        Validate.NotEmpty(id, "interactive.action.parameters.flow_id");
        return new FlowReference(id, null);
    }

    /// <summary>References a flow by its name.</summary>
    /// <param name="name">The flow name.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="WhatsAppValidationException">The name is empty.</exception>
    public static FlowReference FromName(string name)
    {
        Validate.NotEmpty(name, "interactive.action.parameters.flow_name");
        return new FlowReference(null, name);
    }
}
