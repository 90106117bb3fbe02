using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>The examples of docs/templates.md, compiled and run against the emulator.</summary>
public sealed class TemplatesDocExamples
{
    // docs: create
    public static async Task<string> CreateAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        var request = new CreateTemplateRequest("order_shipped", "en_US", TemplateCategory.Utility,
        [
            TemplateHeader.ForText("Order {{1}}", example: "A-1042"),
            new TemplateBody("Hi {{1}}, your order {{2}} is on its way.") { Examples = ["Ana", "A-1042"] },
            new TemplateFooter("Lucky Shrub"),
            new TemplateButtons(
            [
                new TemplateUrlButton("Track", "https://luckyshrub.com/track/{{1}}", example: "A-1042"),
                new TemplateQuickReplyButton("Stop updates"),
            ]),
        ]);

        CreateTemplateResult created = await client.Templates.CreateAsync(request, cancellationToken: cancellationToken);
        Console.WriteLine($"{created.Id} is {created.Status}"); // PENDING until Meta reviews it
        return created.Id;
    }

    // docs: named
    internal static Task<CreateTemplateResult> CreateNamedAsync(IWhatsAppClient client, CancellationToken cancellationToken) =>
        client.Templates.CreateAsync(new CreateTemplateRequest("table_booked", "en_US", TemplateCategory.Utility,
        [
            new TemplateBody("Table for {{guests}} on {{date}} is booked.")
            {
                NamedExamples = [new("guests", "4"), new("date", "Aug 30")],
            },
        ])
        { ParameterFormat = TemplateParameterFormat.Named }, cancellationToken: cancellationToken);

    // docs: list
    public static async Task<List<string>> ListApprovedAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var options = new TemplateListOptions { Statuses = [TemplateStatus.Approved], Language = "en_US", PageSize = 100 };
        await foreach (MessageTemplate template in client.Templates.ListAsync(options, cancellationToken))
        {
            names.Add(template.Name); // pages are fetched as you go; stop early and no more are requested
        }

        return names;
    }

    // docs: pages
    public static async Task<string?> FirstPageAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        GraphPageable<MessageTemplate> templates = client.Templates.ListAsync(new TemplateListOptions { PageSize = 2 }, cancellationToken);
        await foreach (GraphPage<MessageTemplate> page in templates.AsPages(cancellationToken: cancellationToken))
        {
            foreach (MessageTemplate template in page.Values)
            {
                // Anything the SDK does not model is in the template's own JSON.
                Console.WriteLine($"{template.Name}: {template.RawJson.GetRawText().Length} bytes, trace {template.Response?.TraceId}");
            }

            return page.ContinuationToken; // save it; AsPages(token) resumes with the page after this one
        }

        return null;
    }

    // docs: model factory
    internal static MessageTemplate FakeTemplate() =>
        WhatsAppModelFactory.MessageTemplate("1001", "order_shipped", "en_US", TemplateStatus.Approved, TemplateCategory.Utility,
            components: [new TemplateBody("Hi {{1}}, your order {{2}} is on its way.") { Examples = ["Ana", "A-1042"] }]);

    // docs: edit and delete
    internal static async Task EditAndDeleteAsync(IWhatsAppClient client, string templateId, CancellationToken cancellationToken)
    {
        await client.Templates.EditAsync(templateId, new EditTemplateRequest
        {
            Components = [new TemplateBody("Hi {{1}}, order {{2}} has shipped.") { Examples = ["Ana", "A-1042"] }],
        }, cancellationToken: cancellationToken);

        await client.Templates.DeleteAsync(templateId, "order_shipped", cancellationToken: cancellationToken); // this language only
        await client.Templates.DeleteByNameAsync("table_booked", cancellationToken: cancellationToken);       // every language
    }

    // docs: check before sending
    internal static async Task CheckBeforeSendingAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        var definitions = new TemplateDefinitionCache(client.Templates, new TemplateDefinitionCacheOptions { TimeToLive = TimeSpan.FromMinutes(10) });

        var parameters = new TemplateParameterSet
        {
            Header = new TemplateComponentParameters(1),
            Body = new TemplateComponentParameters(2),
            Buttons = new Dictionary<int, int> { [0] = 1 }, // the URL suffix of button 0
        };

        try
        {
            await definitions.ValidateAsync("order_shipped", "en_US", parameters, cancellationToken);
        }
        catch (WhatsAppValidationException e)
        {
            Console.WriteLine($"Not sent: {e.Field}: {e.Message}"); // e.g. the body takes 2 parameters, the message gives 1
            throw;
        }
    }

    [Fact]
    public async Task Examples_RunAgainstEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var id = await CreateAsync(graph.Client, ct);
        await CreateNamedAsync(graph.Client, ct);
        Assert.Contains("order_shipped", await ListApprovedAsync(graph.Client, ct));
        await FirstPageAsync(graph.Client, ct);
        Assert.Equal("order_shipped", FakeTemplate().Name);
        await CheckBeforeSendingAsync(graph.Client, ct);
        await EditAndDeleteAsync(graph.Client, id, ct);
        Assert.Empty(await graph.Client.Templates.ListAsync(cancellationToken: ct).ToListAsync(ct));
    }
}
