using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary>The template library and unpausing, from the SDK through the emulator.</summary>
public sealed class TemplateLibraryEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListLibraryThenCreateFromLibrary_TemplateApprovedAndSendable()
    {
        await using var graph = await EmulatedGraph.StartAsync(o => o.TemplateApprovalDelay = TimeSpan.FromHours(1));
        var library = new List<LibraryTemplate>();
        await foreach (var item in graph.Client.Templates.ListLibraryAsync(new TemplateLibraryListOptions { PageSize = 2 }, Ct))
        {
            library.Add(item);
        }

        var delivery = library.Single(t => t.Name == "delivery_update_1");
        var created = await graph.Client.Templates.CreateFromLibraryAsync(
            new CreateLibraryTemplateRequest("my_delivery", "en_US", delivery.Category, delivery.Name)
            {
                ButtonInputs = [LibraryTemplateButtonInput.ForUrl("https://shop.example/t/{{1}}", "A1")],
            }, cancellationToken: Ct);
        var template = await graph.Client.Templates.GetAsync(created.Id, cancellationToken: Ct);

        Assert.Equal(4, library.Count); // two pages of two
        Assert.Equal(TemplateStatus.Approved, created.Status);
        Assert.Equal(TemplateStatus.Approved, template.Status);
        Assert.Equal("https://shop.example/t/{{1}}", Assert.IsType<TemplateUrlButton>(template.Components.OfType<TemplateButtons>().Single().Buttons[0]).Url);
    }

    [Fact]
    public async Task UnpauseAsync_PausedTemplate_SendsAgain()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var created = await graph.Client.Templates.CreateAsync(new CreateTemplateRequest("promo", "en_US", TemplateCategory.Marketing, [new TemplateBody("Sale today.")]), cancellationToken: Ct);
        graph.Emulator.PauseTemplate(created.Id);

        var paused = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Messages.SendAsync("+16505551234", new TemplateMessage("promo", "en_US"), cancellationToken: Ct));
        await graph.Client.Templates.UnpauseAsync(created.Id, cancellationToken: Ct);
        await graph.Client.Messages.SendAsync("+16505551234", new TemplateMessage("promo", "en_US"), cancellationToken: Ct);
        var notPaused = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Client.Templates.UnpauseAsync(created.Id, cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.TemplatePaused, paused.ErrorCode);
        Assert.Equal(WhatsAppErrorCodes.InvalidParameter, notPaused.ErrorCode);
    }
}
