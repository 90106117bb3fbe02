using Microsoft.Extensions.Configuration;

namespace CloudApi.Sdk.Cli.Tests;

/// <summary>Runs the <c>whatsapp</c> command line in process with the given settings, capturing what it prints.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    /// <summary>Both streams, for checks that something is printed nowhere.</summary>
    public string All => Output + Error;

    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args) => RunAsync(settings, null, args);

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> settings, Func<CliContext, CliContext>? customize, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext
        {
            Out = TextWriter.Synchronized(output),
            Error = TextWriter.Synchronized(error),
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            OpenBrowser = _ => throw new InvalidOperationException("a test never opens a browser unless it says so"),
        };
        var exitCode = await WhatsAppCli.RunAsync(args, customize?.Invoke(context) ?? context, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
}
