using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>One readable line per message and webhook, at Information (failed deliveries at Warning). No bodies, no secrets.</summary>
internal static partial class EmulatorLog
{
    public const string Category = "CloudApi.Sdk.Emulator";

    [LoggerMessage(1, LogLevel.Information, "Message {MessageId} ({Type}) {PhoneNumberId} -> {Recipient}: {Status}")]
    public static partial void MessageAccepted(ILogger logger, string messageId, string type, string phoneNumberId, string recipient, string status);

    [LoggerMessage(2, LogLevel.Information, "Message ({Type}) {PhoneNumberId} -> {Recipient}: refused (#{Code}) {Title}")]
    public static partial void MessageRefused(ILogger logger, string type, string phoneNumberId, string recipient, int code, string title);

    [LoggerMessage(3, LogLevel.Information, "Inbound {MessageId} ({Type}) {User} -> {PhoneNumberId}")]
    public static partial void InboundReceived(ILogger logger, string messageId, string type, string user, string phoneNumberId);

    [LoggerMessage(4, LogLevel.Information, "Read receipt {PhoneNumberId} for {MessageId}{Typing}")]
    public static partial void ReadReceipt(ILogger logger, string phoneNumberId, string messageId, string typing);

    [LoggerMessage(5, LogLevel.Information, "Webhook {Summary} -> {Callback}: HTTP {StatusCode} (attempt {Attempt})")]
    public static partial void WebhookDelivered(ILogger logger, string summary, Uri callback, int statusCode, int attempt);

    [LoggerMessage(6, LogLevel.Warning, "Webhook {Summary} -> {Callback}: failed, {Reason} (attempt {Attempt} of {MaxAttempts})")]
    public static partial void WebhookFailed(ILogger logger, string summary, Uri callback, string reason, int attempt, int maxAttempts);
}
