using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.QrCodes;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.BlockedUsers;

public sealed class BlockedUsersEmulatorTests
{
    [Fact]
    public async Task BlockAsync_ThroughEmulator_SendToBlockedUserFails()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var result = await graph.Client.BlockedUsers.BlockAsync(new BlockUsersRequest(["+16505551234"]), cancellationToken: ct);
        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Messages.SendTextAsync("+16505551234", "hi", cancellationToken: ct));
        var blocked = await graph.Client.BlockedUsers.ListAsync(cancellationToken: ct).ToListAsync(ct);
        await graph.Client.BlockedUsers.UnblockAsync(new BlockUsersRequest(["+16505551234"]), cancellationToken: ct);
        var sent = await graph.Client.Messages.SendTextAsync("+16505551234", "hi again", cancellationToken: ct);

        Assert.Equal("16505551234", Assert.Single(result.ChangedUsers).WaId);
        Assert.Equal(WhatsAppErrorCodes.MessageUndeliverable, error.ErrorCode);
        Assert.Equal("16505551234", Assert.Single(blocked).WaId);
        Assert.StartsWith("wamid.", sent.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockAsync_UserOutsideWindow_PartialFailureReturned()
    {
        await using var graph = await EmulatedGraph.StartAsync(o => o.EnforceCustomerServiceWindow = true);
        var ct = TestContext.Current.CancellationToken;
        await graph.Emulator.SimulateInboundMessageAsync("+16505551234", "hi", cancellationToken: ct);

        var result = await graph.Client.BlockedUsers.BlockAsync(new BlockUsersRequest(["+16505551234", "+16505550000"]), cancellationToken: ct);

        Assert.Equal("16505551234", Assert.Single(result.ChangedUsers).WaId);
        Assert.Equal(WhatsAppErrorCodes.BlockUsersFailed, Assert.Single(Assert.Single(result.FailedUsers).Errors).Code);
    }

    [Fact]
    public async Task QrCodesAndAutomation_ThroughEmulator_RoundTrip()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var created = await graph.Client.QrCodes.CreateAsync(new CreateQrCodeRequest("Show me deals") { ImageFormat = QrImageFormat.Png }, cancellationToken: ct);
        await graph.Client.QrCodes.UpdateAsync(created.Code, "New deals", cancellationToken: ct);
        var read = await graph.Client.QrCodes.GetAsync(created.Code, cancellationToken: ct);
        await graph.Client.ConversationalAutomation.UpdateAsync(new ConversationalAutomationUpdate { Prompts = ["Book a table"], Commands = [new("menu", "See the menu")] }, cancellationToken: ct);
        var automation = await graph.Client.ConversationalAutomation.GetAsync(cancellationToken: ct);
        var bot = await graph.Client.ConversationalAutomation.GetBotAsync(automation.Id!, ct);

        Assert.NotNull(created.QrImageUrl);
        Assert.Equal("New deals", read.PrefilledMessage);
        Assert.Equal("Book a table", Assert.Single(automation.Prompts));
        Assert.Equal("menu", Assert.Single(bot.Commands).Name);
    }
}
