using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public abstract partial record TemplateParameter
{
    internal abstract void Write(Utf8JsonWriter writer);
}
