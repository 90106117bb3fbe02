namespace CloudApi.Sdk.Cli.Tests;

public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task Emulator_Started_PrintsAndOpensTheInboxThatServesUntilCancelled()
    {
        var opened = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var output = new StringWriter();
        var context = new CliContext
        {
            Out = TextWriter.Synchronized(output),
            Error = TextWriter.Synchronized(new StringWriter()),
            Configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
            OpenBrowser = page => opened.TrySetResult(page),
        };

        var running = WhatsAppCli.RunAsync(["emulator", "--port", "0"], context, stop.Token);
        var inbox = await opened.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        using var http = new HttpClient();
        using var page = await http.GetAsync(inbox, TestContext.Current.CancellationToken);
        using var numbers = await http.GetAsync(new Uri(inbox, "v26.0/100000000000001"), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var exitCode = await running;

        Assert.Equal(0, exitCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, numbers.StatusCode);
        Assert.Contains($"inbox:           {inbox}", output.ToString());
        Assert.Contains($"WhatsApp__BaseAddress={inbox}", output.ToString());
        Assert.EndsWith("Emulator stopped.", output.ToString().Trim());
    }
}
