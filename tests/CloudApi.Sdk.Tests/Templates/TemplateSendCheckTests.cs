using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Templates;
using TemplateComponent = CloudApi.Sdk.Messages.TemplateComponent;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.Templates;

/// <summary><c>CheckTemplatesBeforeSending()</c>: template messages are checked against the approved definition in the SDK.</summary>
public sealed class TemplateSendCheckTests
{
    [Fact]
    public async Task SendAsync_CheckOn_MismatchRefusedBeforeSending_MatchSentOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new EmulatorOptions();
        options.AccessTokens.Add(EmulatedGraph.Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = EmulatedGraph.PhoneNumberId, BusinessAccountId = EmulatedGraph.BusinessAccountId });
        options.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = EmulatedGraph.BusinessAccountId });
        await using var emulator = await WhatsAppEmulator.StartAsync(options, ct);
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = EmulatedGraph.Token;
            o.PhoneNumberId = EmulatedGraph.PhoneNumberId;
            o.BusinessAccountId = EmulatedGraph.BusinessAccountId;
            o.BaseAddress = emulator.BaseAddress;
        }).CheckTemplatesBeforeSending();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWhatsAppClient>();
        await client.Templates.CreateAsync(new CreateTemplateRequest("order_update", "en_US", TemplateCategory.Utility,
            [new TemplateBody("Hi {{1}}, order {{2}} shipped.") { Examples = ["Ana", "A-1"] }]), cancellationToken: ct);

        var tooFew = new TemplateMessage("order_update", "en_US", TemplateComponent.Body(TemplateParameter.Text("Ana")));
        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => client.Messages.SendAsync("+16505551234", tooFew, cancellationToken: ct));
        var unknown = new TemplateMessage("no_such_template", "en_US");
        await Assert.ThrowsAsync<WhatsAppValidationException>(() => client.Messages.SendAsync("+16505551234", unknown, cancellationToken: ct));
        var right = new TemplateMessage("order_update", "en_US", TemplateComponent.Body(TemplateParameter.Text("Ana"), TemplateParameter.Text("A-1")));
        await client.Messages.SendAsync("+16505551234", right, cancellationToken: ct);
        await client.Messages.SendAsync("+16505551234", right, cancellationToken: ct);

        Assert.Equal("template.components.body", error.Field);
        Assert.Equal(2, emulator.Messages.Count);
        // Only the matching messages reached the server; it never had to answer 132000.
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(132000));
    }

    [Fact]
    public async Task SendAsync_CheckOn_AuthenticationTemplateToABsuid_RefusedBeforeSending_ToTheNumberSent()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new EmulatorOptions();
        options.AccessTokens.Add(EmulatedGraph.Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = EmulatedGraph.PhoneNumberId, BusinessAccountId = EmulatedGraph.BusinessAccountId });
        options.BusinessAccounts.Add(new EmulatedBusinessAccount { Id = EmulatedGraph.BusinessAccountId });
        await using var emulator = await WhatsAppEmulator.StartAsync(options, ct);
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = EmulatedGraph.Token;
            o.PhoneNumberId = EmulatedGraph.PhoneNumberId;
            o.BusinessAccountId = EmulatedGraph.BusinessAccountId;
            o.BaseAddress = emulator.BaseAddress;
        }).CheckTemplatesBeforeSending();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWhatsAppClient>();
        await client.Templates.CreateAsync(new CreateTemplateRequest("login_code", "en_US", TemplateCategory.Authentication,
            [new TemplateBody("Your code is {{1}}.") { Examples = ["123456"] }]), cancellationToken: ct);
        var code = new TemplateMessage("login_code", "en_US", TemplateComponent.Body(TemplateParameter.Text("123456")));

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => client.Messages.SendAsync("US.13491208655302741918", code, cancellationToken: ct));
        await client.Messages.SendAsync("+16505551234", code, cancellationToken: ct);

        Assert.Equal("recipient", error.Field);
        Assert.Contains("131062", error.Message, StringComparison.Ordinal);
        Assert.Single(emulator.Messages);
    }
}
