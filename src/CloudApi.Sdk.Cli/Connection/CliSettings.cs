using Microsoft.Extensions.Configuration;

namespace CloudApi.Sdk.Cli.Connection;

/// <summary>The <c>WhatsApp</c> settings the tool reads, named as in the README's configuration table.</summary>
internal sealed class CliSettings
{
    public const string Section = "WhatsApp";

    private CliSettings(IConfigurationSection section)
    {
        AccessToken = Value(section, "AccessToken");
        PhoneNumberId = Value(section, "PhoneNumberId");
        BusinessAccountId = Value(section, "BusinessAccountId");
        AppSecret = Value(section, "AppSecret");
        ApiVersion = Value(section, "ApiVersion");
        BaseAddress = Value(section, "BaseAddress");
    }

    public string? AccessToken { get; }

    public string? PhoneNumberId { get; }

    public string? BusinessAccountId { get; }

    public string? AppSecret { get; }

    public string? ApiVersion { get; }

    public string? BaseAddress { get; }

    /// <summary>Whether a token is set: without one the commands use an embedded emulator.</summary>
    public bool HasCredentials => AccessToken is not null;

    public static CliSettings From(IConfiguration configuration) => new(configuration.GetSection(Section));

    /// <summary>The environment variable that sets <paramref name="key"/>.</summary>
    public static string Variable(string key) => $"{Section}__{key}";

    private static string? Value(IConfigurationSection section, string key) => section[key] is { Length: > 0 } value ? value.Trim() : null;
}
