using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace CloudApi.Sdk.Cli;

/// <summary>What a command reads and writes: the process's console and settings, or a test's.</summary>
internal sealed class CliContext
{
    /// <summary>The user-secrets id of the tool (<c>dotnet user-secrets set WhatsApp:AccessToken ... --id cloudapi-sdk-cli</c>).</summary>
    public const string UserSecretsId = "cloudapi-sdk-cli";

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Settings; the <c>WhatsApp</c> section holds the credentials (environment variables <c>WhatsApp__AccessToken</c>, ...).</summary>
    public required IConfiguration Configuration { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Opens a page in the user's browser; false when it could not.</summary>
    public Func<Uri, bool> OpenBrowser { get; init; } = TryOpenBrowser;

    /// <summary>Handler of the HTTP calls the tool makes itself (posting sample webhooks); null for the default.</summary>
    public HttpMessageHandler? WebhookHandler { get; init; }

    public static CliContext ForProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        // Environment variables win over user secrets, as in an ASP.NET Core app.
        Configuration = new ConfigurationBuilder()
            .AddUserSecrets(UserSecretsId, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build(),
    };

    private static bool TryOpenBrowser(Uri page)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(page.ToString()) { UseShellExecute = true });
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
