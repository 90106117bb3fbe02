using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.Cli.Connection;
using CloudApi.Sdk.Cli.Webhooks;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary><c>whatsapp webhooks send-sample</c>: a signed sample notification posted to a local handler.</summary>
internal static class WebhooksCommand
{
    /// <summary>The emulator's app secret, used when none is set (a handler configured for the emulator verifies it).</summary>
    public const string EmulatorAppSecret = "emulator-app-secret";

    private const string EmulatorPhoneNumberId = "100000000000001";
    private const string EmulatorDisplayNumber = "15550100001";
    private const string EmulatorBusinessAccountId = "200000000000001";

    public static Command Create(CliContext context) => new("webhooks", "Test a webhook handler with signed sample notifications.")
    {
        SendSample(context),
    };

    private static Command SendSample(CliContext context)
    {
        var type = new Argument<string>("type") { Description = "The sample to send (the list below)." };
        type.AcceptOnlyFromAmong([.. WebhookSamples.All.Select(s => s.Name)]);
        var url = new Argument<Uri>("url") { Description = "The handler's address, e.g. http://localhost:5000/webhook.", CustomParser = result => HttpAddress.Parse(result)! };
        var appSecret = new Option<string?>("--app-secret")
        {
            Description = $"The secret that signs the body. Default: WhatsApp__AppSecret, else the emulator's ({EmulatorAppSecret}).",
            HelpName = "secret",
        };
        var from = new Option<string>("--from") { Description = "The user's WhatsApp id.", DefaultValueFactory = _ => "16505551234", HelpName = "wa-id" };
        var name = new Option<string>("--name") { Description = "The user's profile name.", DefaultValueFactory = _ => "Sample User" };
        var messageId = new Option<string?>("--message-id")
        {
            Description = "The business message that statuses, reactions and replies refer to. Default: a new sample id.",
            HelpName = "wamid",
        };
        var phoneNumberId = CommonOptions.PhoneNumberId($"The business number the notification is for (else the emulator's, {EmulatorPhoneNumberId}).");
        var print = new Option<bool>("--print") { Description = "Also print the body that is posted." };
        var command = new Command("send-sample", SampleHelp())
        {
            type, url, appSecret, from, name, messageId, phoneNumberId, print,
        };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            var settings = CliSettings.From(context.Configuration);
            var sample = WebhookSamples.Find(parsed.GetRequiredValue(type))!;
            var numberId = parsed.GetValue(phoneNumberId) ?? settings.PhoneNumberId;
            var sampleContext = new SampleContext
            {
                PhoneNumberId = numberId ?? EmulatorPhoneNumberId,
                DisplayPhoneNumber = numberId is null ? EmulatorDisplayNumber : "15550783881",
                BusinessAccountId = settings.BusinessAccountId ?? EmulatorBusinessAccountId,
                From = parsed.GetRequiredValue(from),
                ProfileName = parsed.GetRequiredValue(name),
                MessageId = parsed.GetValue(messageId) ?? SampleContext.NewMessageId(),
                Now = context.TimeProvider.GetUtcNow(),
            };
            var secret = parsed.GetValue(appSecret) ?? settings.AppSecret;
            if (secret is null)
            {
                await context.Error.WriteLineAsync($"No {CliSettings.Variable("AppSecret")} set: signing with the emulator's app secret ({EmulatorAppSecret}).");
                secret = EmulatorAppSecret;
            }

            var body = Encoding.UTF8.GetBytes(sample.Body(sampleContext));
            if (parsed.GetValue(print))
            {
                await context.Out.WriteLineAsync(Encoding.UTF8.GetString(body));
            }

            return await PostAsync(context, parsed.GetRequiredValue(url), sample, body, WebhookSignature.Compute(body, secret), cancellationToken);
        });
        return command;
    }

    private static async Task<int> PostAsync(CliContext context, Uri url, WebhookSample sample, byte[] body, string signature, CancellationToken cancellationToken)
    {
        using var http = context.WebhookHandler is { } handler ? new HttpClient(handler, disposeHandler: false) : new HttpClient();
        http.Timeout = TimeSpan.FromSeconds(30);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        using var response = await http.SendAsync(request, cancellationToken);
        var status = string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.ReasonPhrase}");
        if (!response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            throw CliException.Failed($"{url} answered {status} to the {sample.Name} sample{(answer.Length > 0 ? ": " + Shorten(answer) : ".")}");
        }

        await context.Out.WriteLineAsync($"Posted {sample.Name} ({sample.EventType.Name}) to {url}: {status}");
        return ExitCodes.Ok;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private static string SampleHelp()
    {
        var help = new StringBuilder("Post a sample notification, signed with X-Hub-Signature-256 as Meta signs it, to a local webhook handler.\nSamples (the SDK event each parses into):\n");
        var width = WebhookSamples.All.Max(s => s.Name.Length);
        foreach (var sample in WebhookSamples.All)
        {
            help.Append(CultureInfo.InvariantCulture, $"  {sample.Name.PadRight(width)}  {sample.EventType.Name}: {sample.Description}\n");
        }

        return help.ToString().TrimEnd();
    }
}
