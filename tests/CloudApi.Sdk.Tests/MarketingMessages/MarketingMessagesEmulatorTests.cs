using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.MarketingMessages;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.MarketingMessages;

/// <summary>Marketing messages from the SDK to the emulator: accepted, refused, onboarding read, template check.</summary>
public sealed class MarketingMessagesEmulatorTests
{
    private const string Alice = "+16505551234";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_MarketingTemplate_AcceptedAndRecorded()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        await CreateAsync(graph.Client, "spring_sale", TemplateCategory.Marketing);

        var result = await graph.Client.MarketingMessages.SendAsync(Alice, new TemplateMessage("spring_sale", "en_US"),
            new SendMarketingMessageOptions { ProductPolicy = MarketingProductPolicy.CloudApiFallback, MessageActivitySharing = true }, Ct);

        Assert.Equal(MessageStatus.Accepted, result.MessageStatus);
        Assert.Equal(result.MessageId, Assert.Single(graph.Emulator.Messages).Id);
    }

    [Fact]
    public async Task SendAsync_UtilityTemplate_MetaRefusesWith131055()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        await CreateAsync(graph.Client, "order_update", TemplateCategory.Utility);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.MarketingMessages.SendAsync(Alice, new TemplateMessage("order_update", "en_US"), cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.MarketingMessagesUnsupportedMessage, error.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_AccountNotOnboarded_RefusalNotUnknownOutcome_StatusReadsNotStarted()
    {
        await using var graph = await EmulatedGraph.StartAsync(o => o.BusinessAccounts.Add(new EmulatedBusinessAccount
        {
            Id = EmulatedGraph.BusinessAccountId,
            MarketingMessagesOnboardingStatus = "NOT_STARTED",
        }));

        var onboarding = await graph.Client.MarketingMessages.GetOnboardingStatusAsync(cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.MarketingMessages.SendAsync(Alice, new TemplateMessage("spring_sale", "en_US"), cancellationToken: Ct));

        Assert.Equal(MarketingMessagesOnboardingStatus.NotStarted, onboarding.Status);
        Assert.Equal(WhatsAppErrorCodes.MarketingMessagesUnavailable, error.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_TemplateCheckOn_UtilityTemplateRefusedBeforeSending()
    {
        var options = new EmulatorOptions();
        options.AccessTokens.Add(EmulatedGraph.Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = EmulatedGraph.PhoneNumberId, BusinessAccountId = EmulatedGraph.BusinessAccountId });
        options.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = EmulatedGraph.BusinessAccountId });
        await using var emulator = await WhatsAppEmulator.StartAsync(options, Ct);
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = EmulatedGraph.Token;
            o.PhoneNumberId = EmulatedGraph.PhoneNumberId;
            o.BusinessAccountId = EmulatedGraph.BusinessAccountId;
            o.BaseAddress = emulator.BaseAddress;
        }).CheckTemplatesBeforeSending();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWhatsAppClient>();
        await CreateAsync(client, "order_update", TemplateCategory.Utility);
        await CreateAsync(client, "spring_sale", TemplateCategory.Marketing);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => client.MarketingMessages.SendAsync(Alice, new TemplateMessage("order_update", "en_US"), cancellationToken: Ct));
        await client.MarketingMessages.SendAsync(Alice, new TemplateMessage("spring_sale", "en_US"), cancellationToken: Ct);

        Assert.Equal("template.name", error.Field);
        Assert.Single(emulator.Messages);
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(131055));
    }

    private static Task CreateAsync(IWhatsAppClient client, string name, TemplateCategory category) =>
        client.Templates.CreateAsync(new CreateTemplateRequest(name, "en_US", category, [new TemplateBody("Hello from Lucky Shrub.")]), cancellationToken: Ct);
}
