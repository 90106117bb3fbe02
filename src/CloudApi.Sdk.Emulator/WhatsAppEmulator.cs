using System.Net;
using CloudApi.Sdk.Emulator.Hosting;
using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Emulator;

/// <summary>
/// A local WhatsApp Cloud API on loopback: Meta's endpoints, response shapes, errors and limits, with fault injection
/// and signed webhooks. Start one per test (or per test class) with <see cref="StartAsync"/>.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions());
/// // point a client at emulator.BaseAddress with the token "emulator-token"
/// </code>
/// </example>
public sealed class WhatsAppEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private WhatsAppEmulator(WebApplication app, EmulatorState state, Uri baseAddress)
    {
        _app = app;
        _state = state;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// Gets the root address, ending with '/'; Graph paths go below it (<c>{BaseAddress}v26.0/{phone-number-id}/messages</c>),
    /// and the inbox page is at it: open it in a browser to watch the chats and answer as the user.
    /// </summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the options the emulator runs with (defaults filled in). Change options before <see cref="StartAsync"/>; use <see cref="Faults"/> and <see cref="Reset"/> at run time.</summary>
    public EmulatorOptions Options => _state.Options;

    /// <summary>Gets a snapshot of what the emulator counted.</summary>
    public EmulatorStats Stats => _state.Stats.Snapshot();

    /// <summary>Gets a snapshot of the accepted messages, oldest first.</summary>
    public IReadOnlyList<EmulatedMessage> Messages => _state.Messages.Snapshot();

    /// <summary>Gets the active faults; add one to make the next sends fail in a chosen way.</summary>
    public EmulatorFaults Faults => _state.Faults;

    /// <summary>
    /// Runs the emulator as a standalone server until <paramref name="cancellationToken"/> is cancelled or the process is
    /// asked to stop (Ctrl+C, SIGTERM), printing its address, token and ids: what the <c>whatsapp-emulator</c> tool does.
    /// Configuration comes from appsettings.json next to the application, environment variables and
    /// <paramref name="args"/>: the <c>Emulator</c> section binds <see cref="EmulatorOptions"/>
    /// (<c>--Emulator:WebhookCallbackUri=http://127.0.0.1:5005/webhook</c>), <c>--urls</c> sets the address
    /// (default <c>http://127.0.0.1:5080</c>).
    /// </summary>
    /// <remarks>
    /// <c>--help</c> prints the usage and returns 0 without starting; an unknown argument or option, or an invalid
    /// value, prints the problem and the usage to standard error and returns 2.
    /// </remarks>
    /// <param name="args">Command-line arguments in the .NET configuration syntax.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The process exit code once the server has stopped: 0, or 2 for bad arguments.</returns>
    public static Task<int> RunStandaloneAsync(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        return StandaloneHost.RunAsync(args, cancellationToken);
    }

    /// <summary>
    /// Starts an emulator on 127.0.0.1, on a free port or on <see cref="EmulatorOptions.Port"/>. Its inbox page (the
    /// chats as the user sees them, answering as the user, the operator panel) is at <see cref="BaseAddress"/>.
    /// </summary>
    /// <param name="options">The configuration; empty lists get one default token, number and WABA.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    /// <exception cref="IOException">The fixed <see cref="EmulatorOptions.Port"/> is in use.</exception>
    public static async Task<WhatsAppEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        OptionsValidator.Normalize(options);
        var state = new EmulatorState(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        // In-process, configuration comes only from the options: an appsettings.json or ASPNETCORE_URLS of the host
        // application must not add endpoints or settings to the emulator.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port ?? 0));
        var app = EmulatorApp.Build(builder, state);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WhatsAppEmulator(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// Simulates a user writing a text message to the business: opens the customer-service window for the pair and
    /// posts a <c>messages</c> webhook (when a callback is configured).
    /// </summary>
    /// <param name="from">The user's phone number (any format; the digits are its WhatsApp id), or the business-scoped user
    /// id of a user added with <see cref="AddUser"/> (or unknown: then a user known only by that id, whose webhooks omit <c>from</c>).</param>
    /// <param name="text">The message text.</param>
    /// <param name="options">The business number written to and the user's profile name.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the webhook queue.</param>
    /// <returns>The inbound message id (<c>wamid.…</c>), usable as <c>context.message_id</c> or in a read receipt.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> has no digits, or the phone-number id is not configured.</exception>
    public async Task<string> SimulateInboundMessageAsync(
        string from,
        string text,
        InboundMessageOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentNullException.ThrowIfNull(text);
        var message = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "text",
            ["text"] = new System.Text.Json.Nodes.JsonObject { ["body"] = text },
        };
        try
        {
            return await Webhooks.InboundSimulator.ReceiveAsync(_state, (options ?? new()).Sender(from), message, options?.PhoneNumberId, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Endpoints.GraphError e)
        {
            throw new ArgumentException(e.Details ?? e.Message, nameof(options));
        }
    }

    /// <summary>
    /// Adds (or replaces) a user the emulator knows: a phone number and a business-scoped user id, or only a BSUID.
    /// Sends by either reach the same chat, window and pair limit; webhooks carry the BSUID and, when the user has one,
    /// the number. Users survive <see cref="Reset"/>.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <exception cref="ArgumentException">The user has neither a phone number nor a user id, or an id is not a business-scoped user id.</exception>
    public void AddUser(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            _state.Users.Add(user);
        }
        catch (Endpoints.GraphError e)
        {
            throw new ArgumentException(e.Details ?? e.Message, nameof(user));
        }
    }

    /// <summary>
    /// Forgets accepted messages, the inbox's chats, counters, customer-service windows and limit state; with
    /// <paramref name="options"/>, also the stored templates and uploaded media. Configuration stays.
    /// </summary>
    /// <param name="options">What else to clear; default: templates and media stay.</param>
    public void Reset(EmulatorResetOptions? options = null) => _state.Reset(options?.Templates ?? false, options?.Media ?? false);

    /// <summary>
    /// Pauses a template as Meta does after low quality (status <c>PAUSED</c>): sends of it fail with 132015 until it is
    /// unpaused (<c>POST /{template-id}/unpause</c>).
    /// </summary>
    /// <param name="templateId">The template id.</param>
    /// <returns><see langword="false"/> when no template has that id.</returns>
    public bool PauseTemplate(string templateId)
    {
        if (_state.Templates.Find(templateId) is not { } template)
        {
            return false;
        }

        _state.Templates.SetStatus(template, "PAUSED");
        return true;
    }

    /// <summary>Stops the server and releases its resources.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        _state.Webhooks.Complete();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _state.Dispose();
    }
}
