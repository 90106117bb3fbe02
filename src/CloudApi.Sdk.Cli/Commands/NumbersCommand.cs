using System.CommandLine;
using CloudApi.Sdk.Cli.Connection;
using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary><c>whatsapp numbers list|show</c>.</summary>
internal static class NumbersCommand
{
    public static Command Create(CliContext context) => new("numbers", "List and show the business phone numbers.")
    {
        List(context),
        Show(context),
    };

    private static Command List(CliContext context)
    {
        var waba = CommonOptions.BusinessAccountId();
        var command = new Command("list", "List the WhatsApp Business Account's numbers: id, number, name, quality, throughput.") { waba };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            await using var session = await ClientSession.OpenAsync(context, cancellationToken);
            var options = new PhoneNumberListOptions { BusinessAccountId = session.RequireBusinessAccountId(parsed.GetValue(waba)) };
            var rows = new List<string[]>();
            await foreach (var number in session.Client.PhoneNumbers.ListAsync(options, cancellationToken))
            {
                rows.Add([number.Id, number.DisplayPhoneNumber ?? "", number.VerifiedName ?? "", Text(number.QualityRating), Text(number.Throughput?.Level)]);
            }

            if (rows.Count == 0)
            {
                await context.Out.WriteLineAsync("No phone numbers.");
                return ExitCodes.Ok;
            }

            await Table.WriteAsync(context.Out, ["ID", "NUMBER", "NAME", "QUALITY", "THROUGHPUT"], rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "The phone-number id. Default: WhatsApp__PhoneNumberId.", Arity = ArgumentArity.ZeroOrOne };
        id.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var text }] && !text.All(char.IsAsciiDigit))
            {
                result.AddError($"'{text}' is not a phone-number id (digits only).");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a phone number: name, quality, messaging limit, throughput, status.") { id, json };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            await using var session = await ClientSession.OpenAsync(context, cancellationToken);
            var options = new PhoneNumberRequestOptions { PhoneNumberId = session.RequirePhoneNumberId(parsed.GetValue(id)) };
            var number = await session.Client.PhoneNumbers.GetAsync(options, cancellationToken);
            if (parsed.GetValue(json))
            {
                await context.Out.WriteLineAsync(number.RawJson.GetRawText());
                return ExitCodes.Ok;
            }

            await context.Out.WriteLineAsync($"""
                {number.DisplayPhoneNumber} ({number.VerifiedName})
                  id:              {number.Id}
                  quality:         {Text(number.QualityRating)}
                  messaging limit: {Text(number.BusinessMessagingLimit ?? number.MessagingLimitTier)}
                  throughput:      {Text(number.Throughput?.Level)}
                  status:          {Text(number.Status)}
                  name status:     {Text(number.NameStatus)}
                """);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text<T>(T? value)
        where T : struct => value?.ToString() ?? "-";
}
