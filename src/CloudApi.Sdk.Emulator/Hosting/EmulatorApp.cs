using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>Builds the emulator's web application (shared by the in-process and the standalone modes).</summary>
internal static class EmulatorApp
{
    public static WebApplication Build(WebApplicationBuilder builder, EmulatorState state)
    {
        builder.Services.AddSingleton(state);
        builder.Services.AddHostedService<WebhookWorker>();
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<GraphVersionConstraint>(GraphVersionConstraint.Name));
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = state.Options.MaxRequestBodySize);

        var app = builder.Build();
        app.UseMiddleware<GraphPipeline>();
        MapRoutes(app);
        return app;
    }

    private static void MapRoutes(WebApplication app)
    {
        const string Graph = "/{version:" + GraphVersionConstraint.Name + "}";
        app.MapPost(Graph + "/{id}/messages", MessagesEndpoint.HandleAsync);
        app.MapPost(Graph + "/{id}/marketing_messages", MessagesEndpoint.HandleMarketingAsync);

        app.MapGet(Graph + "/{id}", GraphObjectEndpoints.GetAsync);
        app.MapPost(Graph + "/{id}", GraphObjectEndpoints.PostAsync);
        app.MapDelete(Graph + "/{id}", GraphObjectEndpoints.DeleteAsync);

        app.MapPost(Graph + "/{id}/media", MediaEndpoints.UploadAsync);
        app.MapGet(MediaEndpoints.DownloadPath, MediaEndpoints.DownloadAsync);
        app.MapPost(Graph + "/{id}/uploads", UploadEndpoints.CreateSessionAsync);

        app.MapGet(Graph + "/{id}/message_templates", GraphObjectEndpoints.Waba(TemplateEndpoints.ListAsync));
        app.MapPost(Graph + "/{id}/message_templates", GraphObjectEndpoints.Waba(TemplateEndpoints.CreateAsync));
        app.MapDelete(Graph + "/{id}/message_templates", GraphObjectEndpoints.Waba(TemplateEndpoints.DeleteAsync));
        app.MapGet(Graph + "/message_template_library", TemplateLibraryEndpoints.ListAsync);
        app.MapPost(Graph + "/{id}/unpause", TemplateLibraryEndpoints.UnpauseAsync);

        app.MapGet(Graph + "/{id}/phone_numbers", GraphObjectEndpoints.Waba(PhoneNumberEndpoints.ListAsync));
        app.MapPost(Graph + "/{id}/register", GraphObjectEndpoints.Number(PhoneNumberEndpoints.RegisterAsync));
        app.MapPost(Graph + "/{id}/deregister", GraphObjectEndpoints.Number(PhoneNumberEndpoints.DeregisterAsync));
        app.MapPost(Graph + "/{id}/request_code", GraphObjectEndpoints.Number(PhoneNumberEndpoints.RequestCodeAsync));
        app.MapPost(Graph + "/{id}/verify_code", GraphObjectEndpoints.Number(PhoneNumberEndpoints.VerifyCodeAsync));
        app.MapGet(Graph + "/{id}/whatsapp_business_profile", GraphObjectEndpoints.Number(PhoneNumberEndpoints.GetProfileAsync));
        app.MapPost(Graph + "/{id}/whatsapp_business_profile", GraphObjectEndpoints.Number(PhoneNumberEndpoints.UpdateProfileAsync));

        app.MapGet(Graph + "/{id}/subscribed_apps", GraphObjectEndpoints.Waba(BusinessAccountEndpoints.ListAppsAsync));
        app.MapPost(Graph + "/{id}/subscribed_apps", GraphObjectEndpoints.Waba(BusinessAccountEndpoints.SubscribeAsync));
        app.MapDelete(Graph + "/{id}/subscribed_apps", GraphObjectEndpoints.Waba(BusinessAccountEndpoints.UnsubscribeAsync));

        app.MapGet("/_emulator/stats", InspectionEndpoints.StatsAsync);
        app.MapGet("/_emulator/messages", InspectionEndpoints.MessagesAsync);
        app.MapPost("/_emulator/reset", InspectionEndpoints.ResetAsync);
        app.MapPost("/_emulator/inbound", InspectionEndpoints.InboundAsync);
        app.MapGet("/_emulator/faults", FaultEndpoints.ListAsync);
        app.MapPost("/_emulator/faults", FaultEndpoints.AddAsync);
        app.MapDelete("/_emulator/faults", FaultEndpoints.ClearAsync);

        app.MapFallback(context => throw new GraphError(
            400,
            2500,
            "Unknown path components",
            $"Unknown path components: {context.Request.Method} {context.Request.Path}"));
    }
}
