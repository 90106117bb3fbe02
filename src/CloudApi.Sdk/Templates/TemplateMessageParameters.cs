using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Templates;

/// <summary>Reads what a <see cref="TemplateMessage"/> gives each component, to check it against the template's definition.</summary>
internal static class TemplateMessageParameters
{
    public static TemplateParameterSet From(TemplateMessage message)
    {
        TemplateComponentParameters? header = null, body = null;
        Dictionary<int, int>? buttons = null;
        foreach (var component in message.Components)
        {
            switch (component)
            {
                case TemplateHeaderComponent h:
                    header = Of(h.Parameters);
                    break;
                case TemplateBodyComponent b:
                    body = Of(b.Parameters);
                    break;
                case TemplateButtonComponent button:
                    (buttons ??= [])[button.Index] = button.Parameters.Count;
                    break;
            }
        }

        return new TemplateParameterSet { Header = header, Body = body, Buttons = buttons ?? [] };
    }

    private static TemplateComponentParameters Of(IReadOnlyList<TemplateParameter> parameters)
    {
        if (parameters.Count > 0 && parameters[0] is TemplateTextParameter { ParameterName: not null })
        {
            var names = new string[parameters.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = (parameters[i] as TemplateTextParameter)?.ParameterName ?? string.Empty;
            }

            return new TemplateComponentParameters(names);
        }

        return new TemplateComponentParameters(parameters.Count);
    }
}
