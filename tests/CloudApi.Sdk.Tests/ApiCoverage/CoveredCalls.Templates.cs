using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    private const string TemplateJson =
        """{"id":"594425479261596","name":"order_update","language":"en_US","status":"APPROVED","category":"UTILITY","components":[{"type":"BODY","text":"Your order shipped."}]}""";

    static partial void AddTemplates(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{TEMPLATE_ID}", "ITemplatesClient.GetAsync",
            (client, ct) => client.Templates.GetAsync("594425479261596", cancellationToken: ct), TemplateJson));
        calls.Add(new("POST /{TEMPLATE_ID}", "ITemplatesClient.EditAsync",
            (client, ct) => client.Templates.EditAsync("594425479261596", new EditTemplateRequest { Category = TemplateCategory.Marketing }, cancellationToken: ct), Success));
        calls.Add(new("GET /{WABA-ID}/message_templates", "ITemplatesClient.ListAsync",
            async (client, ct) => await client.Templates.ListAsync(cancellationToken: ct).ToListAsync(ct), $$"""{"data":[{{TemplateJson}}]}"""));
        calls.Add(new("POST /{WABA-ID}/message_templates", "ITemplatesClient.CreateAsync",
            (client, ct) => client.Templates.CreateAsync(
                new CreateTemplateRequest("order_update", "en_US", TemplateCategory.Utility, [new TemplateBody("Your order shipped.")]), cancellationToken: ct),
            """{"id":"594425479261596","status":"PENDING","category":"UTILITY"}"""));
        calls.Add(new("DELETE /{WABA-ID}/message_templates", "ITemplatesClient.DeleteByNameAsync",
            (client, ct) => client.Templates.DeleteByNameAsync("order_update", cancellationToken: ct), Success));
        calls.Add(new("DELETE /{WABA-ID}/message_templates", "ITemplatesClient.DeleteAsync",
            (client, ct) => client.Templates.DeleteAsync("594425479261596", "order_update", cancellationToken: ct), Success));
    }
}
