using System.CommandLine;
using CloudApi.Sdk.Cli.Connection;
using CloudApi.Sdk.Cli.Media;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary><c>whatsapp send text|template|media</c>.</summary>
internal static class SendCommand
{
    public static Command Create(CliContext context) => new("send", "Send a message: text, a template with parameters, or a local media file.")
    {
        Text(context),
        Template(context),
        MediaFile(context),
    };

    private static Command Text(CliContext context)
    {
        var to = CommonOptions.Recipient();
        var body = new Argument<string>("body") { Description = "The text (up to 4,096 characters)." };
        var previewUrl = new Option<bool>("--preview-url") { Description = "Show a preview of the first URL in the text." };
        var replyTo = ReplyTo();
        var from = CommonOptions.PhoneNumberId("The sending number.");
        var command = new Command("text", "Send a text message.") { to, body, previewUrl, replyTo, from };
        CommandAction.Set(command, context, (parsed, cancellationToken) =>
        {
            var message = new TextMessage(parsed.GetRequiredValue(body)) { PreviewUrl = parsed.GetValue(previewUrl) ? true : null };
            return SendAsync(context, parsed.GetRequiredValue(to), message, parsed.GetValue(from), parsed.GetValue(replyTo), cancellationToken);
        });
        return command;
    }

    private static Command Template(CliContext context)
    {
        var to = CommonOptions.Recipient();
        var name = new Argument<string>("name") { Description = "The approved template's name." };
        var language = new Option<string>("--language", "-l") { Description = "The template's language code.", DefaultValueFactory = _ => "en_US", HelpName = "code" };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A body parameter, in order ({{1}}, {{2}}, ...); repeat the option for each.",
            HelpName = "text",
        };
        var from = CommonOptions.PhoneNumberId("The sending number.");
        var command = new Command("template", "Send a template message with body parameters.") { to, name, language, parameters, from };
        CommandAction.Set(command, context, (parsed, cancellationToken) =>
        {
            var values = parsed.GetValue(parameters) ?? [];
            var components = values.Length == 0 ? [] : new[] { TemplateComponent.Body(values.Select(v => new TemplateTextParameter(v))) };
            var message = new TemplateMessage(parsed.GetRequiredValue(name), parsed.GetRequiredValue(language), components);
            return SendAsync(context, parsed.GetRequiredValue(to), message, parsed.GetValue(from), null, cancellationToken);
        });
        return command;
    }

    private static Command MediaFile(CliContext context)
    {
        var to = CommonOptions.Recipient();
        var file = new Argument<FileInfo>("file") { Description = "The local file to upload and send." }.AcceptExistingOnly();
        var type = new Option<string?>("--type") { Description = "Send as this message type. Default: from the file's MIME type (.webp is a sticker)." };
        type.AcceptOnlyFromAmong(MediaKind.Types);
        var mimeType = new Option<string?>("--mime-type") { Description = "The file's MIME type. Default: from its extension.", HelpName = "type" };
        var caption = new Option<string?>("--caption") { Description = "A caption (image, video, document)." };
        var replyTo = ReplyTo();
        var from = CommonOptions.PhoneNumberId("The sending number (the media is uploaded to it too).");
        var command = new Command("media", "Upload a local file, then send it as an image, video, audio, document or sticker.")
        {
            to, file, type, mimeType, caption, replyTo, from,
        };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            var path = parsed.GetRequiredValue(file);
            var kind = MediaKind.Of(path.Name, parsed.GetValue(type), parsed.GetValue(mimeType));
            await using var session = await ClientSession.OpenAsync(context, cancellationToken);
            var phoneNumberId = session.RequirePhoneNumberId(parsed.GetValue(from));
            MediaUploadResult uploaded;
            await using (var content = path.OpenRead())
            {
                uploaded = await session.Client.Media.UploadAsync(content, kind.MimeType,
                    new MediaUploadOptions { PhoneNumberId = phoneNumberId, FileName = path.Name }, cancellationToken);
            }

            await context.Out.WriteLineAsync($"Uploaded {path.Name} ({kind.MimeType}): media id {uploaded.Id}");
            var message = kind.Message(uploaded.Id, parsed.GetValue(caption), path.Name);
            return await SendAsync(context, session, parsed.GetRequiredValue(to), message, phoneNumberId, parsed.GetValue(replyTo), cancellationToken);
        });
        return command;
    }

    private static Option<string?> ReplyTo() =>
        new("--reply-to") { Description = "Quote this message (its wamid.… id) as the one replied to.", HelpName = "message-id" };

    private static async Task<int> SendAsync(CliContext context, string to, WhatsAppMessage message, string? from, string? replyTo, CancellationToken cancellationToken)
    {
        await using var session = await ClientSession.OpenAsync(context, cancellationToken);
        return await SendAsync(context, session, to, message, session.RequirePhoneNumberId(from), replyTo, cancellationToken);
    }

    private static async Task<int> SendAsync(
        CliContext context, ClientSession session, string to, WhatsAppMessage message, string phoneNumberId, string? replyTo, CancellationToken cancellationToken)
    {
        var options = new SendMessageOptions { PhoneNumberId = phoneNumberId, ReplyToMessageId = replyTo };
        var sent = await session.Client.Messages.SendAsync(to, message, options, cancellationToken);
        await context.Out.WriteLineAsync($"Sent {message.Type} to {sent.WaId ?? to}: {sent.MessageId}");
        return ExitCodes.Ok;
    }
}
