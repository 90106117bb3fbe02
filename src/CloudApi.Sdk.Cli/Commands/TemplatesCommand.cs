using System.CommandLine;
using System.Globalization;
using CloudApi.Sdk.Cli.Connection;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Cli.Commands;

/// <summary><c>whatsapp templates list|show|create</c>.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context) => new("templates", "List, show and create message templates of the WhatsApp Business Account.")
    {
        List(context),
        Show(context),
        CreateTemplate(context),
    };

    private static Command List(CliContext context)
    {
        var name = new Option<string?>("--name") { Description = "Only templates whose name contains this text." };
        var status = new Option<string?>("--status") { Description = "Only templates with this status (APPROVED, PENDING, REJECTED, PAUSED, ...)." };
        var limit = new Option<int>("--limit") { Description = "At most this many templates.", DefaultValueFactory = _ => 100, CustomParser = Integers.AtLeast(1, "--limit", 100) };
        var waba = CommonOptions.BusinessAccountId();
        var command = new Command("list", "List the templates: id, name, language, status, category.") { name, status, limit, waba };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            await using var session = await ClientSession.OpenAsync(context, cancellationToken);
            var options = new TemplateListOptions
            {
                BusinessAccountId = session.RequireBusinessAccountId(parsed.GetValue(waba)),
                Name = parsed.GetValue(name),
                Statuses = parsed.GetValue(status) is { } s ? [(TemplateStatus)s.ToUpperInvariant()] : null,
            };
            var rows = new List<string[]>();
            await foreach (var template in session.Client.Templates.ListAsync(options, cancellationToken))
            {
                rows.Add([template.Id, template.Name, template.Language, template.Status.ToString(), template.Category.ToString()]);
                if (rows.Count == parsed.GetValue(limit))
                {
                    break;
                }
            }

            if (rows.Count == 0)
            {
                await context.Out.WriteLineAsync("No templates.");
                return ExitCodes.Ok;
            }

            await Table.WriteAsync(context.Out, ["ID", "NAME", "LANGUAGE", "STATUS", "CATEGORY"], rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var template = new Argument<string>("template") { Description = "The template's id, or its name (every language of it is shown)." };
        var json = CommonOptions.Json();
        var waba = CommonOptions.BusinessAccountId();
        var command = new Command("show", "Show a template: status, category, components and their text.") { template, json, waba };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            await using var session = await ClientSession.OpenAsync(context, cancellationToken);
            var key = parsed.GetRequiredValue(template);
            var found = new List<MessageTemplate>();
            if (key.All(char.IsAsciiDigit))
            {
                found.Add(await session.Client.Templates.GetAsync(key, cancellationToken: cancellationToken));
            }
            else
            {
                var options = new TemplateListOptions { BusinessAccountId = session.RequireBusinessAccountId(parsed.GetValue(waba)), Name = key };
                await foreach (var item in session.Client.Templates.ListAsync(options, cancellationToken))
                {
                    if (item.Name == key)
                    {
                        found.Add(item);
                    }
                }
            }

            if (found.Count == 0)
            {
                throw CliException.Failed($"no template named '{key}'.");
            }

            foreach (var item in found)
            {
                await (parsed.GetValue(json) ? context.Out.WriteLineAsync(item.RawJson.GetRawText()) : WriteAsync(context.Out, item));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateTemplate(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The new template's name (lowercase letters, digits and underscores)." };
        var category = new Option<string>("--category", "-c") { Description = "MARKETING, UTILITY or AUTHENTICATION.", Required = true };
        category.AcceptOnlyFromAmong("MARKETING", "UTILITY", "AUTHENTICATION", "marketing", "utility", "authentication");
        var language = new Option<string>("--language", "-l") { Description = "The language code.", DefaultValueFactory = _ => "en_US", HelpName = "code" };
        var body = new Option<string>("--body", "-b") { Description = "The body text; variables are {{1}}, {{2}}, ...", Required = true, HelpName = "text" };
        var examples = new Option<string[]>("--example", "-e") { Description = "An example value of a body variable, in order; repeat for each.", HelpName = "text" };
        var header = new Option<string?>("--header") { Description = "A text header.", HelpName = "text" };
        var footer = new Option<string?>("--footer") { Description = "A footer text.", HelpName = "text" };
        var waba = CommonOptions.BusinessAccountId();
        var command = new Command("create", "Create a text template (submitted for Meta's review; it starts PENDING).")
        {
            name, category, language, body, examples, header, footer, waba,
        };
        CommandAction.Set(command, context, async (parsed, cancellationToken) =>
        {
            var components = new List<TemplateDefinitionComponent>();
            if (parsed.GetValue(header) is { } headerText)
            {
                components.Add(TemplateHeader.ForText(headerText));
            }

            var bodyExamples = parsed.GetValue(examples) ?? [];
            components.Add(new TemplateBody(parsed.GetRequiredValue(body)) { Examples = bodyExamples.Length > 0 ? bodyExamples : null });
            if (parsed.GetValue(footer) is { } footerText)
            {
                components.Add(new TemplateFooter(footerText));
            }

            var request = new CreateTemplateRequest(parsed.GetRequiredValue(name), parsed.GetRequiredValue(language),
                (TemplateCategory)parsed.GetRequiredValue(category).ToUpperInvariant(), components);
            await using var session = await ClientSession.OpenAsync(context, cancellationToken);
            var options = new TemplateRequestOptions { BusinessAccountId = session.RequireBusinessAccountId(parsed.GetValue(waba)) };
            var created = await session.Client.Templates.CreateAsync(request, options, cancellationToken);
            await context.Out.WriteLineAsync($"Created template {request.Name} ({request.Language}): id {created.Id}, status {created.Status}, category {created.Category}")
                ;
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, MessageTemplate template)
    {
        await output.WriteLineAsync($"{template.Name} ({template.Language})");
        await output.WriteLineAsync($"  id:       {template.Id}");
        await output.WriteLineAsync($"  status:   {template.Status}");
        await output.WriteLineAsync($"  category: {template.Category}");
        if (template.QualityScore is { } quality)
        {
            await output.WriteLineAsync($"  quality:  {quality.Score}");
        }

        foreach (var component in template.Components)
        {
            var text = component switch
            {
                TemplateHeader h => h.Text ?? h.Format.ToString(),
                TemplateBody b => b.Text,
                TemplateFooter f => f.Text,
                TemplateButtons buttons => string.Join(" | ", buttons.Buttons.Select(b => string.Create(CultureInfo.InvariantCulture, $"[{b.Type}] {b.Text}"))),
                _ => null,
            };
            await output.WriteLineAsync($"  {component.Type.ToLowerInvariant(),-8}: {text}");
        }
    }
}
