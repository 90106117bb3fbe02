using CloudApi.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>The emulator on loopback with an SDK client wired to it through the real DI registration (for the resource flow tests).</summary>
internal sealed class EmulatedGraph : IAsyncDisposable
{
    public const string Token = "emulator-token";
    public const string PhoneNumberId = "100000000000001";
    public const string BusinessAccountId = "200000000000001";

    private readonly ServiceProvider _services;

    private EmulatedGraph(WhatsAppEmulator emulator, FakeTimeProvider time)
    {
        Emulator = emulator;
        Time = time;
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(options =>
        {
            options.AccessToken = Token;
            options.PhoneNumberId = PhoneNumberId;
            options.BusinessAccountId = BusinessAccountId;
            options.BaseAddress = emulator.BaseAddress;
            options.Timeout = TimeSpan.FromMinutes(2);
            options.MaxRetries = 0;
        });
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IWhatsAppClient>();
    }

    public WhatsAppEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public IWhatsAppClient Client { get; }

    public static async Task<EmulatedGraph> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_772_366_400));
        var options = new EmulatorOptions { TimeProvider = time };
        configure?.Invoke(options);
        var emulator = await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken);
        return new EmulatedGraph(emulator, time);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
