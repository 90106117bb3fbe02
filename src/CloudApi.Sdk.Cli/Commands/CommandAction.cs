using System.CommandLine;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary>Runs a command's body and turns every expected failure into one line on standard error and its exit code.</summary>
internal static class CommandAction
{
    public static void Set(Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction((parsed, cancellationToken) => RunAsync(context, parsed, body, cancellationToken));

    private static async Task<int> RunAsync(CliContext context, ParseResult parsed, Func<ParseResult, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var (code, message) = await OutcomeAsync(parsed, body, cancellationToken);
        if (message is not null)
        {
            await context.Error.WriteLineAsync($"{WhatsAppCli.Name}: {OneLine(message)}");
        }

        return code;
    }

    private static async Task<(int Code, string? Message)> OutcomeAsync(ParseResult parsed, Func<ParseResult, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return (await body(parsed, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (ExitCodes.Cancelled, "cancelled.");
        }
        catch (CliException e)
        {
            return (e.ExitCode, e.Message);
        }
        catch (WhatsAppValidationException e)
        {
            return (ExitCodes.Failed, $"invalid {e.Field}: {Text(e)}");
        }
        catch (WhatsAppApiException e)
        {
            return (ExitCodes.Failed, e.Message);
        }
        catch (WhatsAppException e) when (e.InnerException is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            return (ExitCodes.Unreachable, e.Message);
        }
        catch (WhatsAppException e)
        {
            return (ExitCodes.Failed, e.Message);
        }
        catch (HttpRequestException e)
        {
            return (ExitCodes.Unreachable, e.Message);
        }
        catch (TaskCanceledException e)
        {
            return (ExitCodes.Unreachable, "the server did not answer in time: " + e.Message);
        }
    }

    /// <summary>The validation message without the " (Parameter 'x')" suffix ArgumentException adds: the field is printed before it.</summary>
    private static string Text(WhatsAppValidationException e)
    {
        var suffix = $" (Parameter '{e.ParamName}')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
