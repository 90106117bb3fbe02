// A minimal WhatsApp webhook receiver.
//
//   export WhatsApp__AppSecret=<your app secret>        # Meta app dashboard > App settings > Basic
//   export WhatsApp__VerifyToken=<any string you choose> # the same string goes into Meta's webhook settings
//   dotnet run --project samples/WebhookReceiver -- --urls http://127.0.0.1:5000
//
// The callback URL is http(s)://<your host>/webhook. Each event is logged on one line; the secret never is.
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWhatsAppWebhooks(builder.Configuration.GetSection("WhatsApp"))
    .AddHandler<LogEveryEvent>();

var app = builder.Build();
app.MapWhatsAppWebhook("/webhook");
app.Run();

/// <summary>Logs one line per event.</summary>
internal sealed partial class LogEveryEvent(ILogger<LogEveryEvent> logger) : IWhatsAppWebhookHandler
{
    public Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken)
    {
        Log(logger, webhookEvent.Field, webhookEvent.GetType().Name, Describe(webhookEvent));
        return Task.CompletedTask;
    }

    private static string Describe(WebhookEvent webhookEvent) => webhookEvent switch
    {
        TextMessageReceived text => $"{text.Id} from {text.From ?? text.FromUserId}: \"{text.Body}\"",
        MediaMessageReceived media => $"{media.Id} from {media.From}: {media.Type} {media.MediaId} ({media.MimeType})",
        ButtonReplyReceived reply => $"{reply.Id} from {reply.From}: button {reply.ReplyId}",
        ListReplyReceived reply => $"{reply.Id} from {reply.From}: list row {reply.ReplyId}",
        FlowReplyReceived flow => $"{flow.Id} from {flow.From}: flow reply, token {flow.FlowToken}",
        ReactionReceived reaction => $"{reaction.Id} from {reaction.From}: {(reaction.IsRemoved ? "removed reaction" : reaction.Emoji)} on {reaction.ReactedMessageId}",
        UnknownMessageReceived unknown => $"{unknown.Id} from {unknown.From}: unknown type {unknown.Type}",
        InboundMessage message => $"{message.Id} from {message.From}: {message.Type}",
        MessageStatusUpdate status => $"{status.MessageId} {status.Status} for {status.RecipientId}" +
            (status.Errors.Count > 0 ? $" (error {status.Errors[0].Code}: {status.Errors[0].Title})" : ""),
        WebhookErrorsReceived errors => $"{errors.Errors.Count} error(s), first {errors.Errors[0].Code}",
        TemplateStatusUpdate template => $"template {template.TemplateName} ({template.Language}) {template.Event}",
        UnknownWebhookEvent unknown => $"unknown field, {unknown.ValueJson.Length} characters of JSON",
        _ => $"account {webhookEvent.BusinessAccountId}",
    };

    [LoggerMessage(LogLevel.Information, "{Field} {EventType}: {Description}")]
    private static partial void Log(ILogger logger, string field, string eventType, string description);
}
