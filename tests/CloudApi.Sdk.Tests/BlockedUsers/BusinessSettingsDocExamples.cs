using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.QrCodes;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.BlockedUsers;

/// <summary>The examples of docs/business-settings.md, compiled and run against the emulator.</summary>
public sealed class BusinessSettingsDocExamples
{
    // docs: block
    internal static async Task<IReadOnlyList<string>> BlockAsync(IWhatsAppClient client, IEnumerable<string> users, CancellationToken cancellationToken)
    {
        BlockUsersResult result = await client.BlockedUsers.BlockAsync(new BlockUsersRequest(users), cancellationToken: cancellationToken);
        foreach (BlockUserFailure failed in result.FailedUsers)
        {
            Console.WriteLine($"{failed.Input}: {string.Join("; ", failed.Errors.Select(e => e.Details ?? e.Message))}");
        }

        return [.. result.ChangedUsers.Select(u => u.WaId ?? u.Input)];
    }

    // docs: qr
    internal static async Task<Uri?> CreateQrCodeAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        QrCode code = await client.QrCodes.CreateAsync(
            new CreateQrCodeRequest("Hi! I'd like to book a table.") { ImageFormat = QrImageFormat.Svg }, cancellationToken: cancellationToken);
        Console.WriteLine($"{code.Code}: {code.DeepLinkUrl} (image {code.QrImageUrl})");
        return code.DeepLinkUrl;
    }

    // docs: automation
    internal static Task SetUpAutomationAsync(IWhatsAppClient client, CancellationToken cancellationToken) =>
        client.ConversationalAutomation.UpdateAsync(new ConversationalAutomationUpdate
        {
            EnableWelcomeMessage = true,
            Prompts = ["Book a table", "See today's menu"],
            Commands = [new ConversationalCommand("hours", "Our opening hours"), new ConversationalCommand("cancel", "Cancel a booking")],
        }, cancellationToken: cancellationToken);

    [Fact]
    public async Task Examples_AgainstTheEmulator_Work()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(["16505551234"], await BlockAsync(graph.Client, ["+16505551234"], ct));
        Assert.StartsWith("https://wa.me/message/", (await CreateQrCodeAsync(graph.Client, ct))!.AbsoluteUri, StringComparison.Ordinal);
        await SetUpAutomationAsync(graph.Client, ct);
        Assert.Equal(2, (await graph.Client.ConversationalAutomation.GetAsync(cancellationToken: ct)).Commands.Count);
    }
}
