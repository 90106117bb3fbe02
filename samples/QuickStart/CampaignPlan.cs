namespace QuickStart;

/// <summary>Who gets what: the burst goes to the first recipient, the rest is spread over everyone in turn.</summary>
internal sealed class CampaignPlan
{
    private const int PairBurst = 45;
    private const double PairIntervalSeconds = 6;

    private CampaignPlan(IReadOnlyList<PlannedMessage> messages, int mostToOneRecipient)
    {
        Messages = messages;
        MostToOneRecipient = mostToOneRecipient;
    }

    public IReadOnlyList<PlannedMessage> Messages { get; }

    public int MostToOneRecipient { get; }

    public static CampaignPlan Create(CampaignSettings settings)
    {
        var recipients = Enumerable.Range(0, settings.Recipients).Select(i => $"+1555{1_000_000 + i:D7}").ToArray();
        var perRecipient = new int[recipients.Length];
        var messages = new List<PlannedMessage>(settings.Messages);
        for (var i = 0; i < settings.Messages; i++)
        {
            var index = i < settings.Burst ? 0 : (i - settings.Burst) % recipients.Length;
            perRecipient[index]++;
            messages.Add(new PlannedMessage(recipients[index], $"Campaign message {i + 1} of {settings.Messages}"));
        }

        return new CampaignPlan(messages, perRecipient.Max());
    }

    /// <summary>The least time Meta's limits allow: the busiest user's pay-back, or the number's throughput.</summary>
    public double ExpectedSeconds(int throughput) =>
        Math.Max(Math.Max(0, MostToOneRecipient - PairBurst) * PairIntervalSeconds, Messages.Count / (double)throughput);
}

internal sealed record PlannedMessage(string Recipient, string Text);
