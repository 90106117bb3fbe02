using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.PhoneNumbers;

/// <summary>The examples of docs/phone-numbers.md, compiled and run against the emulator.</summary>
public sealed class PhoneNumbersDocExamples
{
    // docs: health
    public static async Task<bool> IsHealthyAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        PhoneNumber number = await client.PhoneNumbers.GetAsync(cancellationToken: cancellationToken);
        Console.WriteLine($"{number.DisplayPhoneNumber} ({number.VerifiedName}): quality {number.QualityRating}, " +
            $"throughput {number.Throughput?.Level}, limit {number.BusinessMessagingLimit}");
        return number.Status == PhoneNumberStatus.Connected && number.QualityRating != QualityRating.Red;
    }

    // docs: list
    public static async Task<int> CountNumbersAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (PhoneNumber number in client.PhoneNumbers.ListAsync(new PhoneNumberListOptions { Fields = ["id", "display_phone_number", "status"] }, cancellationToken))
        {
            count++;
        }

        return count;
    }

    // docs: register
    internal static async Task VerifyAndRegisterAsync(IWhatsAppClient client, Func<Task<string>> askForCode, CancellationToken cancellationToken)
    {
        await client.PhoneNumbers.RequestCodeAsync(VerificationCodeMethod.Sms, "en_US", cancellationToken: cancellationToken);
        await client.PhoneNumbers.VerifyCodeAsync(await askForCode(), cancellationToken: cancellationToken);
        await client.PhoneNumbers.RegisterAsync(new RegisterPhoneNumberRequest("246810") { DataLocalizationRegion = "DE" }, cancellationToken: cancellationToken);
    }

    // docs: profile
    internal static async Task UpdateProfileAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        await client.PhoneNumbers.UpdateBusinessProfileAsync(new BusinessProfileUpdate
        {
            About = "Succulents, delivered.",
            Description = "Hand-picked plants shipped in 48 hours.",
            Email = "hello@luckyshrub.com",
            Websites = ["https://luckyshrub.com"],
            Vertical = BusinessVertical.Retail,
        }, cancellationToken: cancellationToken);

        BusinessProfile profile = await client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: cancellationToken);
        Console.WriteLine(profile.About);
    }

    [Fact]
    public async Task Examples_RunAgainstEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await IsHealthyAsync(graph.Client, ct));
        Assert.Equal(1, await CountNumbersAsync(graph.Client, ct));
        await graph.Client.PhoneNumbers.SetTwoStepPinAsync("246810", cancellationToken: ct);
        await VerifyAndRegisterAsync(graph.Client, () => Task.FromResult("123456"), ct);
        await UpdateProfileAsync(graph.Client, ct);
    }
}
