using CloudApi.Sdk.Emulator;

namespace CloudApi.Sdk.Cli.Connection;

/// <summary>
/// A client for one command: to the account the settings name, or, with no access token set, to an embedded emulator
/// started for the command (said on standard error) and stopped with the session.
/// </summary>
internal sealed class ClientSession : IAsyncDisposable
{
    private readonly WhatsAppClient _client;
    private readonly WhatsAppEmulator? _emulator;

    private ClientSession(WhatsAppClient client, WhatsAppOptions options, WhatsAppEmulator? emulator)
    {
        _client = client;
        Options = options;
        _emulator = emulator;
    }

    public IWhatsAppClient Client => _client;

    /// <summary>The options the client runs with (the token is never printed).</summary>
    public WhatsAppOptions Options { get; }

    /// <summary>Whether the commands talk to the embedded emulator.</summary>
    public bool IsEmulator => _emulator is not null;

    public static async Task<ClientSession> OpenAsync(CliContext context, CancellationToken cancellationToken)
    {
        var settings = CliSettings.From(context.Configuration);
        if (settings.HasCredentials)
        {
            var options = new WhatsAppOptions
            {
                AccessToken = settings.AccessToken,
                PhoneNumberId = settings.PhoneNumberId,
                BusinessAccountId = settings.BusinessAccountId,
            };
            if (settings.ApiVersion is { } version)
            {
                options.ApiVersion = version;
            }

            if (settings.BaseAddress is { } address)
            {
                options.BaseAddress = Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? uri
                    : throw CliException.Configuration($"{CliSettings.Variable("BaseAddress")} is not an http(s) address.");
            }

            return new ClientSession(Create(options), options, null);
        }

        var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), cancellationToken);
        var number = emulator.Options.PhoneNumbers[0];
        var emulated = new WhatsAppOptions
        {
            AccessToken = emulator.Options.AccessTokens[0],
            PhoneNumberId = number.Id,
            BusinessAccountId = emulator.Options.BusinessAccounts[0].Id,
            BaseAddress = emulator.BaseAddress,
        };
        await context.Error.WriteLineAsync(
            $"No {CliSettings.Variable("AccessToken")} set: using an embedded emulator at {emulator.BaseAddress} (number {number.Id}); nothing reaches WhatsApp.")
            ;
        return new ClientSession(Create(emulated), emulated, emulator);
    }

    /// <summary>The sending number's id, or a configuration error naming the variable that sets it.</summary>
    public string RequirePhoneNumberId(string? overrideId) =>
        overrideId ?? Options.PhoneNumberId ?? throw CliException.Configuration(
            $"no phone-number id: set {CliSettings.Variable("PhoneNumberId")} or pass --phone-number-id.");

    /// <summary>The WABA id, or a configuration error naming the variable that sets it.</summary>
    public string RequireBusinessAccountId(string? overrideId) =>
        overrideId ?? Options.BusinessAccountId ?? throw CliException.Configuration(
            $"no business account id: set {CliSettings.Variable("BusinessAccountId")} or pass --business-account-id.");

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    private static WhatsAppClient Create(WhatsAppOptions options)
    {
        try
        {
            return WhatsAppClient.Create(options);
        }
        catch (WhatsAppValidationException e)
        {
            throw CliException.Configuration($"the {CliSettings.Section} settings are invalid ({e.Field}): {e.Message}");
        }
    }
}
