namespace CloudApi.Sdk.Cli.Tests;

public sealed class ResourceCommandTests : IAsyncLifetime
{
    private EmulatorSettings _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await EmulatorSettings.StartAsync();

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    [Fact]
    public async Task TemplatesCreate_ThenList_ListsTheNewTemplate()
    {
        var created = await CliRun.RunAsync(_emulator.Settings,
            "templates", "create", "order_shipped", "--category", "utility", "--body", "Hi {{1}}, order {{2}} shipped", "-e", "Ana", "-e", "#1234");
        var listed = await CliRun.RunAsync(_emulator.Settings, "templates", "list");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Matches(@"^Created template order_shipped \(en_US\): id \d+, status \w+, category UTILITY", created.Output);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var lines = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^ID\s+NAME\s+LANGUAGE\s+STATUS\s+CATEGORY$", lines[0]);
        Assert.Matches(@"^\d+\s+order_shipped\s+en_US\s+\w+\s+UTILITY$", Assert.Single(lines[1..]));
    }

    [Fact]
    public async Task TemplatesShow_ByName_PrintsItsComponents()
    {
        var created = await CliRun.RunAsync(_emulator.Settings,
            "templates", "create", "welcome", "-c", "MARKETING", "-l", "pt_BR", "-b", "Olá {{1}}, bem-vindo!", "-e", "Ana", "--footer", "Responda SAIR");
        Assert.True(created.ExitCode == 0, created.ToString());

        var run = await CliRun.RunAsync(_emulator.Settings, "templates", "show", "welcome");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("welcome (pt_BR)", run.Output);
        Assert.Contains("category: MARKETING", run.Output);
        Assert.Contains("body    : Olá {{1}}, bem-vindo!", run.Output);
        Assert.Contains("footer  : Responda SAIR", run.Output);
    }

    [Fact]
    public async Task TemplatesShow_UnknownName_Exit1()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "templates", "show", "no_such_template");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("whatsapp: no template named 'no_such_template'.", run.Error.Trim());
    }

    [Fact]
    public async Task NumbersShow_DefaultNumber_PrintsItsDetails()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "numbers", "show");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("+1 555-078-3881 (CLI Test Shop)", run.Output);
        Assert.Contains($"id:              {EmulatorSettings.PhoneNumberId}", run.Output);
        Assert.Contains("quality:         GREEN", run.Output);
    }

    [Fact]
    public async Task NumbersShow_Json_PrintsTheApiAnswer()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "numbers", "show", EmulatorSettings.PhoneNumberId, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal(EmulatorSettings.PhoneNumberId, json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task NumbersList_TheAccountsNumbers_OneRowEach()
    {
        var run = await CliRun.RunAsync(_emulator.Settings, "numbers", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^ID\s+NUMBER\s+NAME\s+QUALITY\s+THROUGHPUT$", lines[0]);
        Assert.Contains(lines[1..], l => l.StartsWith(EmulatorSettings.PhoneNumberId + "  +1 555-078-3881  CLI Test Shop", StringComparison.Ordinal));
    }
}
