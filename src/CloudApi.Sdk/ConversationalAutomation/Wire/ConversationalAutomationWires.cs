using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.ConversationalAutomation.Wire;

/// <summary>The <c>conversational_automation</c> object, the business bot node, and the body of the update.</summary>
internal sealed class ConversationalAutomationWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public bool? EnableWelcomeMessage { get; set; }

    public List<string>? Prompts { get; set; }

    public List<CommandWire>? Commands { get; set; }

    internal sealed class CommandWire
    {
        public string? CommandName { get; set; }

        public string? CommandDescription { get; set; }
    }
}

/// <summary><c>GET /{phone-number-id}?fields=conversational_automation</c>.</summary>
internal sealed class PhoneNumberAutomationWire
{
    public ConversationalAutomationWire? ConversationalAutomation { get; set; }
}
