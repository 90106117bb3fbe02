namespace CloudApi.Sdk.Cli;

/// <summary>A problem the tool reports in one line and an exit code (<see cref="ExitCodes"/>), never a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException Configuration(string message) => new(ExitCodes.Configuration, message);

    public static CliException Failed(string message) => new(ExitCodes.Failed, message);
}
