namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>
/// Checks the standalone emulator's arguments before it starts: help, and any argument that is not an option it knows
/// (in the .NET configuration syntax: <c>--key=value</c>, <c>--key value</c>, <c>/key=value</c>, <c>key=value</c>).
/// </summary>
internal static class CommandLine
{
    private static readonly string[] HelpSwitches = ["-h", "--help", "-?", "/?", "/h", "/help", "help"];
    private static readonly string[] Keys = ["urls", "environment", "contentRoot"];
    private static readonly string[] Sections = ["Emulator:", "Emulator__", "Logging:", "Logging__", "Kestrel:", "Kestrel__"];

    public static bool WantsHelp(IEnumerable<string> args) => args.Any(a => HelpSwitches.Contains(a, StringComparer.OrdinalIgnoreCase));

    /// <summary>The problem with the arguments, or null when every one is a known option with a value.</summary>
    public static string? Problem(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var inline = arg.IndexOf('=', StringComparison.Ordinal);
            var prefixed = arg.StartsWith("--", StringComparison.Ordinal) ? 2 : arg.StartsWith('/') ? 1 : 0;
            if (prefixed == 0 && inline < 0)
            {
                return $"unexpected argument '{arg}'.";
            }

            var key = inline < 0 ? arg[prefixed..] : arg[prefixed..inline];
            if (!IsKnown(key))
            {
                return $"unknown option '{arg}'.";
            }

            if (inline < 0)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return $"option '{arg}' needs a value.";
                }

                i++;
            }
        }

        return null;
    }

    private static bool IsKnown(string key) =>
        Keys.Contains(key, StringComparer.OrdinalIgnoreCase)
        || Sections.Any(s => key.StartsWith(s, StringComparison.OrdinalIgnoreCase) && key.Length > s.Length);

    public const string Usage = """
        Usage: whatsapp-emulator [options]

        A local WhatsApp Cloud API: Meta's endpoints and limits, faults, signed webhooks, and an inbox page where you
        watch the chats and answer as the user (open the address it prints, http://127.0.0.1:5080/ by default).

        Options (the .NET configuration syntax: --key value or --key=value):
          --urls <url>                                 Address to listen on. Default http://127.0.0.1:5080
          --Emulator:WebhookCallbackUri <url>          Where signed webhooks are posted. Default: none
          --Emulator:AppSecret <secret>                Secret that signs webhooks. Default emulator-app-secret
          --Emulator:AccessTokens:0 <token>            An accepted access token. Default emulator-token
          --Emulator:PhoneNumbers:0:MessagesPerSecond <n>
                                                       Throughput of the first number. Default 80
          --Emulator:EnforceCustomerServiceWindow true Refuse free-form sends outside the 24-hour window (131047)
          --Emulator:RequireKnownTemplates true        Refuse template names that are not stored (132001)
          --Emulator:<Option> <value>                  Any other emulator option (docs/emulator.md)
          --Logging:LogLevel:Default <level>           Default Information: one line per message and webhook
          -h, --help                                   Show this help

        Options also come from appsettings.json next to the tool and from environment variables
        (Emulator__WebhookCallbackUri=http://127.0.0.1:5005/webhook).

        """;
}
