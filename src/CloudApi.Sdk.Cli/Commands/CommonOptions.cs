using System.CommandLine;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary>Options several commands share (a new instance per command: a symbol has one parent).</summary>
internal static class CommonOptions
{
    public static Option<string?> PhoneNumberId(string description) =>
        new("--phone-number-id") { Description = description + " Default: WhatsApp__PhoneNumberId.", HelpName = "id" };

    public static Option<string?> BusinessAccountId() =>
        new("--business-account-id") { Description = "The WhatsApp Business Account. Default: WhatsApp__BusinessAccountId.", HelpName = "id" };

    public static Option<bool> Json() => new("--json") { Description = "Print the JSON the API answered instead of a summary." };

    public static Argument<string> Recipient() => new("to") { Description = "The user's phone number in international format (+16505551234) or WhatsApp id." };
}
