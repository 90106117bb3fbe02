// Placeholder; the webhooks issue builds the receiver sample.
var app = WebApplication.CreateBuilder(args).Build();
await app.RunAsync();
