using Microsoft.AspNetCore.Builder;

namespace CloudApi.Sdk.Emulator;

/// <summary>Placeholder entry point; the emulator issue replaces it.</summary>
internal static class EmulatorProgram
{
    public static async Task Main(string[] args)
    {
        var app = WebApplication.CreateBuilder(args).Build();
        await app.RunAsync().ConfigureAwait(false);
    }
}
