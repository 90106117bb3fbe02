using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using CloudApi.Sdk.Cli.Commands;

namespace CloudApi.Sdk.Cli;

/// <summary>The <c>whatsapp</c> command line: parses, reports usage errors (exit 2) and runs the chosen command.</summary>
internal static class WhatsAppCli
{
    public const string Name = "whatsapp";

    public static Command Build(CliContext context)
    {
        // A Command named after the tool rather than a RootCommand (named after the running executable): help reads "whatsapp".
        var root = new Command(Name,
            "The WhatsApp Cloud API from the command line: send messages, manage templates and numbers, test webhook handlers, run the emulator.\n" +
            "Credentials come from WhatsApp__AccessToken, WhatsApp__PhoneNumberId, WhatsApp__BusinessAccountId and WhatsApp__AppSecret\n" +
            $"(environment variables or user secrets with --id {CliContext.UserSecretsId}); with no token set, commands run against an embedded emulator.\n" +
            "Exit codes: 0 ok, 1 refused by the API or the SDK's validation, 2 usage error, 3 missing setting, 4 server unreachable, 130 cancelled.")
        {
            SendCommand.Create(context),
            TemplatesCommand.Create(context),
            NumbersCommand.Create(context),
            WebhooksCommand.Create(context),
            EmulatorCommand.Create(context),
            new HelpOption(),
            new VersionOption(),
        };
        return root;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var parsed = Build(context).Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var message in parsed.Errors.Select(e => e.Message).Distinct())
            {
                await context.Error.WriteLineAsync($"{Name}: {message}");
            }

            await context.Error.WriteLineAsync($"Run '{CommandPath(parsed)} --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        return await parsed.InvokeAsync(invocation, cancellationToken);
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', [Name, .. names]);
    }
}
