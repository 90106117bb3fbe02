namespace CloudApi.Sdk.Cli;

/// <summary>The tool's exit codes (docs/cli.md lists them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The API (or the webhook endpoint) refused the request, or the SDK's validation refused the input before sending.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or malformed value, unreadable file.</summary>
    public const int Usage = 2;

    /// <summary>A setting the command needs is missing or invalid (e.g. WhatsApp__PhoneNumberId with a token set).</summary>
    public const int Configuration = 3;

    /// <summary>The server could not be reached (connection refused, DNS, timeout).</summary>
    public const int Unreachable = 4;

    /// <summary>Stopped by Ctrl+C before the command finished.</summary>
    public const int Cancelled = 130;
}
