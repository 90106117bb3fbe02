using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public abstract partial class TemplateParameter
{
    internal abstract void Write(Utf8JsonWriter writer);
}
