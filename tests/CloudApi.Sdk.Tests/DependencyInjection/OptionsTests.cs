using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.Tests.DependencyInjection;

public sealed class OptionsTests
{
    [Fact]
    public async Task AddWhatsAppCloudApi_FromConfigurationSection_BindsEveryOption()
    {
        using var graph = new GraphServer().AcceptMessages();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:AccessToken"] = "EAA-config-token",
            ["WhatsApp:PhoneNumberId"] = GraphServer.PhoneNumberId,
            ["WhatsApp:BusinessAccountId"] = "102290129340398",
            ["WhatsApp:ApiVersion"] = "v26.0",
            ["WhatsApp:BaseAddress"] = graph.Server.Url,
            ["WhatsApp:AppSecret"] = "app-secret",
            ["WhatsApp:VerifyToken"] = "verify-me",
            ["WhatsApp:Timeout"] = "00:00:12",
            ["WhatsApp:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(configuration.GetSection("WhatsApp"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        Assert.Equal("EAA-config-token", options.AccessToken);
        Assert.Equal("102290129340398", options.BusinessAccountId);
        Assert.Equal("app-secret", options.AppSecret);
        Assert.Equal("verify-me", options.VerifyToken);
        Assert.Equal(TimeSpan.FromSeconds(12), options.Timeout);
        Assert.Equal(2, options.MaxRetries);

        await provider.GetRequiredService<IWhatsAppClient>().Messages.SendTextAsync("+16505551234", "hi", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Bearer EAA-config-token", graph.SingleRequest().Headers!["Authorization"].Single());
    }

    [Fact]
    public void Defaults_AreMetaGraphHostAndNewestVersion()
    {
        var options = new WhatsAppOptions();
        Assert.Equal(new Uri("https://graph.facebook.com/"), options.BaseAddress);
        Assert.Equal("v26.0", options.ApiVersion);
    }

    [Theory]
    [InlineData(null, null, "v26.0", "AccessToken is required")]
    [InlineData("token", "+1 650 555 1234", "v26.0", "PhoneNumberId '+1 650 555 1234' is malformed")]
    [InlineData("token", "106540352242922", "25", "ApiVersion '25' is malformed")]
    [InlineData("token", "106540352242922", "v25.1", "ApiVersion 'v25.1' is malformed")]
    public void Validation_BadSetting_FailsOnFirstUseWithClearMessage(string? token, string? phoneNumberId, string version, string expected)
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = token;
            o.PhoneNumberId = phoneNumberId;
            o.ApiVersion = version;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IWhatsAppClient>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_NamedRegistration_ValidatedOnHostStartAndNamed()
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi("tenant-b", o => o.BaseAddress = new Uri("ftp://example.com/"));
        using var provider = services.BuildServiceProvider();
        var startupValidator = provider.GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(startupValidator.Validate);

        Assert.Contains("WhatsApp client 'tenant-b': AccessToken is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress 'ftp://example.com/' must be an absolute http(s) URI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverPrintsSecrets()
    {
        var options = new WhatsAppOptions { AccessToken = "EAA-secret-token", AppSecret = "shh-app-secret", VerifyToken = "verify-secret", PhoneNumberId = "1" };

        var text = options.ToString();

        Assert.DoesNotContain("EAA-secret-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shh-app-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("verify-secret", text, StringComparison.Ordinal);
        Assert.Contains("AccessToken = ***", text, StringComparison.Ordinal);
    }
}
