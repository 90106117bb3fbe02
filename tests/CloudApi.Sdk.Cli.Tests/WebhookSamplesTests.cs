using System.Text;
using CloudApi.Sdk.Cli.Webhooks;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Cli.Tests;

public sealed class WebhookSamplesTests
{
    private static readonly SampleContext Context = new()
    {
        PhoneNumberId = "106540352242922",
        DisplayPhoneNumber = "15550783881",
        BusinessAccountId = "102290129340398",
        From = "16505551234",
        ProfileName = "Sheena \"Quotes\" Nguyen",
        MessageId = "wamid.MINE",
        Now = DateTimeOffset.FromUnixTimeSeconds(1_749_416_383),
    };

    [Fact]
    public void All_EveryEventTypeTheSdkParses_HasASample()
    {
        var eventTypes = typeof(WebhookEvent).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(WebhookEvent)) && !t.IsAbstract && t != typeof(UnknownMessageReceived))
            .Select(t => t.Name)
            .Order();

        Assert.Equal(eventTypes, WebhookSamples.All.Select(s => s.EventType.Name).Distinct().Order());
    }

    [Fact]
    public void All_Names_AreUniqueKebabCase()
    {
        Assert.Equal(WebhookSamples.All.Count, WebhookSamples.All.Select(s => s.Name).Distinct().Count());
        Assert.All(WebhookSamples.All, s => Assert.Matches("^[a-z]+(-[a-z]+)*$", s.Name));
    }

    public static TheoryData<string> SampleNames() => [.. WebhookSamples.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Body_ParsedByTheSdk_IsOneEventOfItsTypeForTheGivenNumber(string name)
    {
        var sample = WebhookSamples.Find(name)!;

        var notification = WhatsAppWebhookParser.Parse(Encoding.UTF8.GetBytes(sample.Body(Context)));

        var parsed = Assert.Single(notification.Events);
        Assert.IsType(sample.EventType, parsed);
        Assert.Equal(Context.BusinessAccountId, parsed.BusinessAccountId);
        if (parsed is InboundMessage message)
        {
            Assert.Equal((Context.From, Context.PhoneNumberId), (message.From, message.PhoneNumberId));
        }
    }
}
