using System.Text.Json;

namespace CloudApi.Sdk.Cli.Tests;

public sealed class SendCommandTests : IAsyncLifetime
{
    private EmulatorSettings _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await EmulatorSettings.StartAsync();

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    [Fact]
    public async Task SendText_WithSettings_EmulatorStoresTheMessage()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "send", "text", "+16505551234", "Your order has shipped");

        Assert.True(run.ExitCode == 0, run.ToString());
        var message = Assert.Single(_emulator.Emulator.Messages);
        Assert.Equal(("text", "16505551234", EmulatorSettings.PhoneNumberId), (message.Type, message.Recipient, message.PhoneNumberId));
        Assert.Equal("Your order has shipped", JsonDocument.Parse(message.Body).RootElement.GetProperty("text").GetProperty("body").GetString());
        Assert.Equal($"Sent text to 16505551234: {message.Id}", run.Output.Trim());
        Assert.DoesNotContain(EmulatorSettings.Token, run.All);
    }

    [Fact]
    public async Task SendText_ReplyTo_SetsTheContext()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "send", "text", "+16505551234", "Yes", "--reply-to", "wamid.ASKED");

        Assert.True(run.ExitCode == 0, run.ToString());
        var body = JsonDocument.Parse(Assert.Single(_emulator.Emulator.Messages).Body).RootElement;
        Assert.Equal("wamid.ASKED", body.GetProperty("context").GetProperty("message_id").GetString());
    }

    [Fact]
    public async Task SendText_WithoutSettings_UsesAnEmbeddedEmulatorAndSaysSo()
    {
        var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "send", "text", "+16505551234", "hello");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No WhatsApp__AccessToken set: using an embedded emulator at http://127.0.0.1:", run.Error);
        Assert.StartsWith("Sent text to 16505551234: wamid.", run.Output);
        Assert.Empty(_emulator.Emulator.Messages);
    }

    [Fact]
    public async Task SendText_BodyTooLong_OneLineNamingTheFieldExit1AndNothingSent()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "send", "text", "+16505551234", new string('x', 4097));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("whatsapp: invalid text.body: ", line);
        Assert.Contains("4096", line);
        Assert.DoesNotContain("   at ", run.All);
        Assert.Empty(_emulator.Emulator.Messages);
    }

    [Fact]
    public async Task SendTemplate_WithBodyParameters_EmulatorStoresThemInOrder()
    {
        var run = await CliRun.RunAsync(_emulator.Settings,
            "send", "template", "+16505551234", "order_shipped", "--language", "pt_BR", "--param", "Ana", "-p", "#1234");

        Assert.True(run.ExitCode == 0, run.ToString());
        var message = Assert.Single(_emulator.Emulator.Messages);
        Assert.Equal("template", message.Type);
        var template = JsonDocument.Parse(message.Body).RootElement.GetProperty("template");
        Assert.Equal("order_shipped", template.GetProperty("name").GetString());
        Assert.Equal("pt_BR", template.GetProperty("language").GetProperty("code").GetString());
        var parameters = template.GetProperty("components")[0].GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("text").GetString());
        Assert.Equal(["Ana", "#1234"], parameters);
    }

    [Fact]
    public async Task SendMedia_LocalImage_UploadsItThenSendsItById()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], TestContext.Current.CancellationToken);
        try
        {
            var run = await CliRun.RunAsync(_emulator.Settings, "send", "media", "+16505551234", file, "--caption", "The receipt");

            Assert.True(run.ExitCode == 0, run.ToString());
            var image = JsonDocument.Parse(Assert.Single(_emulator.Emulator.Messages).Body).RootElement.GetProperty("image");
            var mediaId = image.GetProperty("id").GetString();
            Assert.Equal("The receipt", image.GetProperty("caption").GetString());
            Assert.Contains($"Uploaded {Path.GetFileName(file)} (image/png): media id {mediaId}", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SendMedia_MissingFile_UsageErrorExit2()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "send", "media", "+16505551234", "/no/such/file.png");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/file.png", run.Error);
        Assert.Empty(_emulator.Emulator.Messages);
    }

    [Fact]
    public async Task SendText_TokenTheApiRefuses_Exit1WithTheGraphErrorAndNoToken()
    {
        var settings = _emulator.Settings;
        settings["WhatsApp:AccessToken"] = "EAAG-very-secret-token";

        var run = await CliRun.RunAsync(settings, "send", "text", "+16505551234", "hello");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("190", run.Error);
        Assert.DoesNotContain("EAAG-very-secret-token", run.All);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public async Task SendText_TokenButNoPhoneNumberId_Exit3NamingTheVariable()
    {
        var settings = _emulator.Settings;
        settings.Remove("WhatsApp:PhoneNumberId");

        var run = await CliRun.RunAsync(settings, "send", "text", "+16505551234", "hello");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("WhatsApp__PhoneNumberId", run.Error);
        Assert.Empty(_emulator.Emulator.Messages);
    }
}
