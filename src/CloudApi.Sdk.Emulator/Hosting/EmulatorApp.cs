using CloudApi.Sdk.Emulator.Calling;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.Groups;
using CloudApi.Sdk.Emulator.Inbox;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        state.Logger = (state.Options.LoggerFactory ?? app.Services.GetRequiredService<ILoggerFactory>()).CreateLogger(EmulatorLog.Category);
        app.UseMiddleware<GraphPipeline>();
        MapRoutes(app);
        return app;
    }

    private static void MapRoutes(WebApplication app)
    {
        const string Graph = "/{version:" + GraphVersionConstraint.Name + "}";
        app.MapPost(Graph + "/{id}/messages", MessagesEndpoint.HandleAsync);
        app.MapPost(Graph + "/{id}/marketing_messages", MessagesEndpoint.HandleMarketingAsync);

        app.MapGet(Graph + Partners.EmbeddedSignupEndpoints.ExchangePath, Partners.EmbeddedSignupEndpoints.ExchangeAsync);
        app.MapGet(Graph + Partners.EmbeddedSignupEndpoints.DebugPath, Partners.EmbeddedSignupEndpoints.DebugAsync);
        app.MapGet(Graph + "/{id}/client_whatsapp_business_accounts", Partners.PartnerAccountEndpoints.ListClientAccountsAsync);
        app.MapGet(Graph + "/{id}/owned_whatsapp_business_accounts", Partners.PartnerAccountEndpoints.ListOwnedAccountsAsync);
        app.MapGet(Graph + "/{id}/connected_client_businesses", Partners.PartnerAccountEndpoints.ListConnectedBusinessesAsync);

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

        app.MapGet(Graph + "/{id}/block_users", GraphObjectEndpoints.Number(BlockUsersEndpoints.ListAsync));
        app.MapPost(Graph + "/{id}/block_users", GraphObjectEndpoints.Number(BlockUsersEndpoints.BlockAsync));
        app.MapDelete(Graph + "/{id}/block_users", GraphObjectEndpoints.Number(BlockUsersEndpoints.UnblockAsync));
        app.MapGet(Graph + "/{id}/message_qrdls", GraphObjectEndpoints.Number(QrCodeEndpoints.ListAsync));
        app.MapPost(Graph + "/{id}/message_qrdls", GraphObjectEndpoints.Number(QrCodeEndpoints.SaveAsync));
        app.MapGet(Graph + "/{id}/message_qrdls/{code}", GraphObjectEndpoints.Number(QrCodeEndpoints.GetAsync));
        app.MapDelete(Graph + "/{id}/message_qrdls/{code}", GraphObjectEndpoints.Number(QrCodeEndpoints.DeleteAsync));
        app.MapGet(Graph + "/{id}/groups", GraphObjectEndpoints.Number(GroupEndpoints.ListAsync));
        app.MapPost(Graph + "/{id}/groups", GraphObjectEndpoints.Number(GroupEndpoints.CreateAsync));
        app.MapPost(Graph + "/{id}/invite_link", GroupEndpoints.Group(GroupEndpoints.CreateInviteLinkAsync));
        app.MapDelete(Graph + "/{id}/invite_link", GroupEndpoints.Group(GroupEndpoints.DeleteInviteLinkAsync));
        app.MapGet(Graph + "/{id}/join_requests", GroupEndpoints.Group(GroupEndpoints.ListJoinRequestsAsync));
        app.MapPost(Graph + "/{id}/join_requests", GroupEndpoints.Group(GroupEndpoints.ApproveJoinRequestsAsync));
        app.MapDelete(Graph + "/{id}/join_requests", GroupEndpoints.Group(GroupEndpoints.RejectJoinRequestsAsync));
        app.MapPost(Graph + "/{id}/participants", GroupEndpoints.Group(GroupEndpoints.AddParticipantsAsync));
        app.MapDelete(Graph + "/{id}/participants", GroupEndpoints.Group(GroupEndpoints.RemoveParticipantsAsync));
        app.MapPost(Graph + "/{id}/calls", GraphObjectEndpoints.Number(CallEndpoints.ActAsync));
        app.MapGet(Graph + "/{id}/call_permissions", GraphObjectEndpoints.Number(CallEndpoints.PermissionsAsync));
        app.MapPost(Graph + "/{id}/conversational_automation", GraphObjectEndpoints.Number(AutomationEndpoints.UpdateAsync));

        app.MapGet(Graph + "/{id}/subscribed_apps", GraphObjectEndpoints.Waba(BusinessAccountEndpoints.ListAppsAsync));
        app.MapPost(Graph + "/{id}/subscribed_apps", GraphObjectEndpoints.Waba(BusinessAccountEndpoints.SubscribeAsync));
        app.MapDelete(Graph + "/{id}/subscribed_apps", GraphObjectEndpoints.Waba(BusinessAccountEndpoints.UnsubscribeAsync));

        app.MapGet(Graph + "/{id}/flows", GraphObjectEndpoints.Waba(FlowEndpoints.ListAsync));
        app.MapPost(Graph + "/{id}/flows", GraphObjectEndpoints.Waba(FlowEndpoints.CreateAsync));
        app.MapPost(Graph + "/{id}/migrate_flows", GraphObjectEndpoints.Waba(FlowEndpoints.MigrateAsync));
        app.MapGet(Graph + "/{id}/assets", GraphObjectEndpoints.Flow(FlowEndpoints.ListAssetsAsync));
        app.MapPost(Graph + "/{id}/assets", GraphObjectEndpoints.Flow(FlowEndpoints.UploadAsync));
        app.MapPost(Graph + "/{id}/publish", GraphObjectEndpoints.Flow(FlowEndpoints.PublishAsync));
        app.MapPost(Graph + "/{id}/deprecate", GraphObjectEndpoints.Flow(FlowEndpoints.DeprecateAsync));
        app.MapGet(Graph + "/{id}/whatsapp_business_encryption", GraphObjectEndpoints.Number(BusinessEncryptionEndpoints.GetAsync));
        app.MapPost(Graph + "/{id}/whatsapp_business_encryption", GraphObjectEndpoints.Number(BusinessEncryptionEndpoints.SetAsync));

        app.MapGet("/_emulator/stats", InspectionEndpoints.StatsAsync);
        app.MapGet("/_emulator/messages", InspectionEndpoints.MessagesAsync);
        app.MapPost("/_emulator/reset", InspectionEndpoints.ResetAsync);
        app.MapPost("/_emulator/inbound", InspectionEndpoints.InboundAsync);
        app.MapPost("/_emulator/calls/permissions", CallControlEndpoints.PermissionAsync);
        app.MapPost("/_emulator/calls/incoming", CallControlEndpoints.IncomingAsync);
        app.MapPost("/_emulator/calls/{call}/answer", CallControlEndpoints.AnswerAsync);
        app.MapPost("/_emulator/calls/{call}/reject", CallControlEndpoints.RejectAsync);
        app.MapPost("/_emulator/calls/{call}/hangup", CallControlEndpoints.HangUpAsync);
        app.MapPost("/_emulator/embedded_signup", Partners.EmbeddedSignupEndpoints.SignupAsync);
        app.MapGet("/_emulator/users", UserEndpoints.ListAsync);
        app.MapPost("/_emulator/users", UserEndpoints.AddAsync);
        app.MapPost("/_emulator/flows/complete", FlowCompletionEndpoint.CompleteAsync);
        app.MapGet(FlowEndpoints.FlowJsonPath, FlowEndpoints.DownloadJsonAsync);
        app.MapGet("/_emulator/flows/{id}/preview", FlowEndpoints.DownloadJsonAsync);
        app.MapPost("/_emulator/groups/join", GroupControlEndpoints.JoinAsync);
        app.MapPost("/_emulator/groups/leave", GroupControlEndpoints.LeaveAsync);
        app.MapPost("/_emulator/groups/suspend", GroupControlEndpoints.SuspendAsync);
        app.MapGet("/_emulator/faults", FaultEndpoints.ListAsync);
        app.MapPost("/_emulator/faults", FaultEndpoints.AddAsync);
        app.MapDelete("/_emulator/faults", FaultEndpoints.ClearAsync);
        app.MapPost(Flows.FlowExchangeEndpoint.Path, Flows.FlowExchangeEndpoint.ExchangeAsync);

        app.MapGet("/", InboxEndpoints.PageAsync);
        app.MapGet(InboxEndpoints.Prefix + "/assets/{name}", InboxEndpoints.AssetAsync);
        app.MapGet(InboxEndpoints.Prefix + "/events", InboxEndpoints.EventsAsync);
        app.MapGet(InboxEndpoints.Prefix + "/media/{id}", InboxEndpoints.MediaAsync);
        app.MapPost(InboxEndpoints.Prefix + "/send", InboxEndpoints.SendAsync);
        app.MapPost(InboxEndpoints.Prefix + "/tap", InboxEndpoints.TapAsync);
        app.MapPost(InboxEndpoints.Prefix + "/react", InboxEndpoints.ReactAsync);
        app.MapPost(InboxEndpoints.Prefix + "/location", InboxEndpoints.LocationAsync);
        app.MapPost(InboxEndpoints.Prefix + "/start", InboxEndpoints.StartAsync);
        app.MapPost(InboxEndpoints.Prefix + "/window", InboxEndpoints.WindowAsync);
        app.MapPost(InboxEndpoints.Prefix + "/faults", InboxEndpoints.AddFaultAsync);
        app.MapPost(InboxEndpoints.Prefix + "/faults/clear", InboxEndpoints.ClearFaultsAsync);

        app.MapFallback(context => throw new GraphError(
            400,
            2500,
            "Unknown path components",
            $"Unknown path components: {context.Request.Method} {context.Request.Path}"));
    }
}
