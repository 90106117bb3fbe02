namespace CloudApi.Sdk.Cli;

/// <summary>The <c>whatsapp</c> tool's entry point: the real console, environment and user secrets; Ctrl+C cancels the command.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return await WhatsAppCli.RunAsync(args, CliContext.ForProcess(), stop.Token);
    }
}
