using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class CustomerServiceWindowTests
{
    private const string Template = """{"messaging_product":"whatsapp","to":"+16505551234","type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}}""";

    [Fact]
    public async Task WindowDisabled_FreeFormToSilentUser_IsAccepted()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
    }

    [Fact]
    public async Task WindowEnforced_FreeFormRefusedWith131047_TemplatePasses()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.EnforceCustomerServiceWindow = true);

        Assert.Equal(131047, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Equal(0, await harness.SendCodeAsync(Template));
    }

    [Fact]
    public async Task WindowEnforced_ClosesExactly24HoursAfterLastInbound()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.EnforceCustomerServiceWindow = true);
        await harness.Emulator.SimulateInboundMessageAsync("+16505551234", "hi", cancellationToken: TestContext.Current.CancellationToken);

        harness.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(131047, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234", "late")));
        Assert.Equal(131047, await harness.SendCodeAsync(EmulatorHarness.Text("+16505550000")));
    }
}
