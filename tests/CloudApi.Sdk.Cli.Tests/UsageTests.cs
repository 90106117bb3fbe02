namespace CloudApi.Sdk.Cli.Tests;

public sealed class UsageTests
{
    private static readonly Dictionary<string, string?> NoSettings = [];

    [Theory]
    [InlineData("send", "txt", "+16505551234", "hi")]
    [InlineData("send", "text", "+16505551234")]
    [InlineData("send")]
    [InlineData("templates", "list", "--limit", "abc")]
    [InlineData("templates", "list", "--limit", "0")]
    [InlineData("templates", "create", "welcome", "--body", "Hi")]
    [InlineData("webhooks", "send-sample", "no-such-sample", "http://127.0.0.1:5000/webhook")]
    [InlineData("webhooks", "send-sample", "text", "not-a-url")]
    [InlineData("send", "media", "+16505551234", "file.png", "--type", "gif")]
    [InlineData("emulator", "--port", "70000")]
    [InlineData("numbers", "show", "--bogus")]
    [InlineData("numbers", "list", "--bogus")]
    public async Task Run_BadCommandLine_Exit2WithTheProblemAndWhereTheHelpIs(params string[] args)
    {
        var run = await CliRun.RunAsync(NoSettings, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Output);
        Assert.StartsWith("whatsapp: ", run.Error);
        Assert.Matches(@"Run 'whatsapp( [a-z-]+)* --help' for usage\.", run.Error);
        Assert.DoesNotContain("embedded emulator", run.Error);
    }

    [Fact]
    public async Task Run_NonNumberLimit_SaysWhichOptionAndValue()
    {
        var run = await CliRun.RunAsync(NoSettings, "templates", "list", "--limit", "abc");

        Assert.Contains("'abc'", run.Error);
        Assert.Contains("--limit", run.Error);
        Assert.Contains("Run 'whatsapp templates list --help' for usage.", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("send", "--help")]
    [InlineData("send", "text", "--help")]
    [InlineData("send", "template", "-h")]
    [InlineData("send", "media", "--help")]
    [InlineData("templates", "create", "--help")]
    [InlineData("numbers", "show", "--help")]
    [InlineData("webhooks", "--help")]
    [InlineData("emulator", "--help")]
    public async Task Run_Help_PrintsUsageAndExits0WithoutDoingAnything(params string[] args)
    {
        var run = await CliRun.RunAsync(NoSettings, args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("whatsapp", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Run_RootHelp_ListsCommandsAndExitCodes()
    {
        var run = await CliRun.RunAsync(NoSettings, "--help");

        Assert.All(new[] { "send", "templates", "numbers", "webhooks", "emulator", "WhatsApp__AccessToken", "2 usage error" }, text => Assert.Contains(text, run.Output));
    }
}
