using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.PhoneNumbers;

public sealed class PhoneNumbersEmulatorTests
{
    [Fact]
    public async Task Lifecycle_DeregisterRequestVerifyRegister_ThroughEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var numbers = graph.Client.PhoneNumbers;

        var number = await numbers.GetAsync(cancellationToken: ct);
        Assert.Equal((EmulatedGraph.PhoneNumberId, QualityRating.Green, PhoneNumberStatus.Connected), (number.Id, number.QualityRating, number.Status));
        Assert.Equal(ThroughputLevel.Standard, number.Throughput!.Level);
        Assert.Equal(MessagingLimitTier.Tier2K, number.BusinessMessagingLimit);

        await numbers.SetTwoStepPinAsync("246810", cancellationToken: ct);
        await numbers.DeregisterAsync(cancellationToken: ct);
        Assert.Equal(PhoneNumberStatus.Pending, (await numbers.GetAsync(cancellationToken: ct)).Status);

        await numbers.RequestCodeAsync(VerificationCodeMethod.Sms, "en_US", cancellationToken: ct);
        var wrong = await Assert.ThrowsAsync<WhatsAppApiException>(() => numbers.VerifyCodeAsync("000000", cancellationToken: ct));
        Assert.Equal(136025, wrong.ErrorCode);
        await numbers.VerifyCodeAsync("123456", cancellationToken: ct);

        var mismatch = await Assert.ThrowsAsync<WhatsAppApiException>(() => numbers.RegisterAsync(new RegisterPhoneNumberRequest("135790"), cancellationToken: ct));
        Assert.Equal(WhatsAppErrorCodes.TwoStepPinMismatch, mismatch.ErrorCode);
        await numbers.RegisterAsync(new RegisterPhoneNumberRequest("246810") { DataLocalizationRegion = "DE" }, cancellationToken: ct);
        Assert.Equal(PhoneNumberStatus.Connected, (await numbers.GetAsync(cancellationToken: ct)).Status);
    }

    [Fact]
    public async Task ListAsync_ListsAccountNumbers()
    {
        await using var graph = await EmulatedGraph.StartAsync(o =>
        {
            o.PhoneNumbers.Add(new() { Id = "100000000000001" });
            o.PhoneNumbers.Add(new() { Id = "100000000000002", DisplayPhoneNumber = "+1 555-010-0002", MessagesPerSecond = 1000 });
        });
        var ct = TestContext.Current.CancellationToken;

        var numbers = await graph.Client.PhoneNumbers.ListAsync(cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(["100000000000001", "100000000000002"], numbers.Select(n => n.Id).Order());
        Assert.Equal(ThroughputLevel.High, numbers.Single(n => n.Id == "100000000000002").Throughput!.Level);
    }

    [Fact]
    public async Task BusinessProfile_UpdateThenGet_ThroughEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        await graph.Client.PhoneNumbers.UpdateBusinessProfileAsync(new BusinessProfileUpdate
        {
            About = "Succulents, delivered.",
            Email = "hi@luckyshrub.com",
            Websites = ["https://luckyshrub.com"],
            Vertical = BusinessVertical.Retail,
            ProfilePictureHandle = "4::aW1hZ2U=",
        }, cancellationToken: ct);
        var profile = await graph.Client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: ct);

        Assert.Equal(("Succulents, delivered.", "hi@luckyshrub.com", BusinessVertical.Retail), (profile.About, profile.Email, profile.Vertical));
        Assert.Equal(["https://luckyshrub.com"], profile.Websites);
        Assert.False(string.IsNullOrEmpty(profile.ProfilePictureUrl));
    }
}
