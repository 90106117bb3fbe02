using System.Globalization;

namespace QuickStart;

/// <summary>The command line: <c>--recipients N --messages M --burst B</c>.</summary>
internal sealed record CampaignSettings(int Recipients, int Messages, int Burst)
{
    public static CampaignSettings Parse(string[] args)
    {
        var settings = new CampaignSettings(Recipients: 200, Messages: 1000, Burst: 50);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--recipients" => settings with { Recipients = value },
                "--messages" => settings with { Messages = value },
                "--burst" => settings with { Burst = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --recipients N, --messages M, --burst B."),
            };
        }

        if (settings.Recipients < 1 || settings.Messages < 1 || settings.Burst < 0 || settings.Burst > settings.Messages)
        {
            throw new ArgumentException("Need recipients >= 1, messages >= 1 and 0 <= burst <= messages.");
        }

        return settings;
    }
}
