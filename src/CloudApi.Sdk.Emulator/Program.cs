// Placeholder entry point; the emulator issue replaces it.
var app = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build();
await app.RunAsync().ConfigureAwait(false);
