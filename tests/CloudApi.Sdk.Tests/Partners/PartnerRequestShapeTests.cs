using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.Partners;

/// <summary>The partner calls send the spec's request shapes (its examples, byte for byte as JSON or form) and read its answers.</summary>
public sealed class PartnerRequestShapeTests
{
    private const string Waba = GraphServer.BusinessAccountId;
    private const string BusinessId = "506914307656634";

    [Fact]
    public async Task CreateAsync_OwnerMessaging_PostsSpecExampleAndReadsId()
    {
        using var graph = new GraphServer(o => o.AppId = "1234567890").On("POST", "1234567890/whatsapp_business_solution", """{"solution_id":"1234567890123456"}""");

        var created = await graph.Client.Partners.Solutions.CreateAsync(
            new CreateSolutionRequest("Owner-Managed Messaging Solution", "9876543210987654") { OwnerPermissions = [BusinessAccountTask.Messaging] },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("1234567890123456", created.SolutionId);
        JsonAssert.Equal("""{"owner_permissions":["MESSAGING"],"partner_app_id":"9876543210987654","partner_permissions":[],"solution_name":"Owner-Managed Messaging Solution"}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsAfterCursorWithRoleAndReadsSolutions()
    {
        using var graph = new GraphServer(o => o.AppId = "1234567890")
            .On("GET", "1234567890/whatsapp_business_solutions", """
                {"data":[{"id":"1234567890123456","name":"E-commerce Integration Solution","status":"ACTIVE","status_for_pending_request":"NONE",
                  "owner_app":{"id":"9876543210987654","name":"Solution Partner App"},"owner_permissions":["MANAGE","DEVELOP","MANAGE_TEMPLATES","VIEW_INSIGHTS"]}],
                 "paging":{"cursors":{"after":"MTAx"},"next":"https://graph.facebook.com/v23.0/1234567890/whatsapp_business_solutions?after=MTAx"}}
                """, after: "")
            .On("GET", "1234567890/whatsapp_business_solutions",
                """{"data":[{"id":"2345678901234567","name":"Customer Support Solution","status":"DRAFT","status_for_pending_request":"PENDING_ACTIVATION"}],"paging":{"cursors":{}}}""", after: "MTAx");

        var solutions = await graph.Client.Partners.Solutions.ListAsync(new SolutionListOptions { Role = SolutionListOptions.PartnerRole, PageSize = 1 }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["1234567890123456", "2345678901234567"], solutions.Select(s => s.Id));
        Assert.Equal(("ACTIVE", "NONE", "9876543210987654", "Solution Partner App"), (solutions[0].Status, solutions[0].StatusForPendingRequest, solutions[0].OwnerApp!.Id, solutions[0].OwnerApp!.Name));
        Assert.Equal([BusinessAccountTask.Manage, BusinessAccountTask.Develop, BusinessAccountTask.ManageTemplates, BusinessAccountTask.ViewInsights], solutions[0].OwnerPermissions);
        Assert.Null(solutions[1].OwnerApp);
        AssertQuery(graph.Requests[0].RequestMessage!, ("role", "PARTNER"), ("limit", "1"));
        Assert.Equal("2345678901234567", solutions[1].RawJson.GetProperty("id").GetString());
    }

    [Fact]
    public async Task RejectAsync_Partnership_PostsSpecExampleAndReadsRejection()
    {
        using var graph = new GraphServer().On("POST", "1234567890123456/reject",
            """{"success":true,"solution_id":"1234567890123456","rejected_request_type":"PARTNERSHIP_REQUEST","rejection_timestamp":"2024-01-15T10:30:00Z","partner_app_id":"9876543210987654"}""");

        var rejection = await graph.Client.Partners.Solutions.RejectAsync("1234567890123456", new RejectSolutionRequest(SolutionRequestType.PartnershipRequest)
        {
            PartnerAppId = "9876543210987654",
            RejectionReason = "Partnership terms do not align with our business requirements",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(SolutionRequestType.PartnershipRequest, rejection.RejectedRequestType);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), rejection.RejectionTimestamp);
        JsonAssert.Equal("""{"request_type":"PARTNERSHIP_REQUEST","partner_app_id":"9876543210987654","rejection_reason":"Partnership terms do not align with our business requirements"}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task DeactivationRequests_SendAcceptReject_PostSpecBodies()
    {
        const string Solution = """{"id":"12345678901234567","name":"Sample Business Solution Partnership","status":"DEACTIVATED","status_for_pending_request":"NONE","owner_permissions":["MANAGE","DEVELOP"]}""";
        using var graph = new GraphServer()
            .On("POST", "12345678901234567/send_deactivation_request", """{"success":true,"message":"Deactivation request submitted successfully","request_id":"deactivation_req_1234567890"}""")
            .On("POST", "12345678901234567/accept_deactivation_request", Solution)
            .On("POST", "12345678901234567/reject_deactivation_request", Solution);
        var solutions = graph.Client.Partners.Solutions;
        var ct = TestContext.Current.CancellationToken;

        var sent = await solutions.SendDeactivationRequestAsync("12345678901234567", "Solution no longer needed for current business operations", ct);
        var accepted = await solutions.AcceptDeactivationRequestAsync("12345678901234567", ct);
        await solutions.RejectDeactivationRequestAsync("12345678901234567", ct);

        Assert.Equal("deactivation_req_1234567890", sent.RequestId);
        Assert.Equal("DEACTIVATED", accepted.Status);
        var bodies = graph.Requests.Select(r => r.RequestMessage!.Body).ToList();
        Assert.Equal("""{"reason":"Solution no longer needed for current business operations"}""", bodies[0]);
        Assert.Equal("{}", bodies[1]);
        Assert.Equal("""{"reject_deactivation_request":true}""", bodies[2]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_Solution_SendsBusinessIdAndRedactsToken()
    {
        using var graph = new GraphServer().On("GET", "1234567890123456/access_token", """{"access_token":"YOUR_GRANULAR_BISU_ACCESS_TOKEN","expires_at":1735689600}""");

        var token = await graph.Client.Partners.Solutions.GetAccessTokenAsync("1234567890123456", BusinessId, TestContext.Current.CancellationToken);

        AssertQuery(graph.SingleRequest(), ("business_id", BusinessId));
        Assert.Equal(("YOUR_GRANULAR_BISU_ACCESS_TOKEN", DateTimeOffset.FromUnixTimeSeconds(1735689600)), (token.AccessToken, token.ExpiresAt!.Value));
        Assert.DoesNotContain("YOUR_GRANULAR", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAssignedUserAsync_Tasks_PostsFormWithJsonArrayOfTasks()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/assigned_users", """{"success":true}""");

        await graph.Client.Partners.Accounts.AddAssignedUserAsync(new AssignUserRequest("2345678901234567", [BusinessAccountTask.Manage, BusinessAccountTask.ViewInsights]),
            cancellationToken: TestContext.Current.CancellationToken);

        var request = graph.SingleRequest();
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers!["Content-Type"][0], StringComparison.Ordinal);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body!);
        Assert.Equal(("2345678901234567", """["MANAGE","VIEW_INSIGHTS"]"""), (form["user"], form["tasks"]));
    }

    [Fact]
    public async Task RemoveAssignedUserAsync_User_DeletesWithFormBody()
    {
        using var graph = new GraphServer().On("DELETE", "777/assigned_users", """{"success":true}""");

        await graph.Client.Partners.Accounts.RemoveAssignedUserAsync("2345678901234567", new PartnerRequestOptions { BusinessAccountId = "777" }, TestContext.Current.CancellationToken);

        Assert.Equal("user=2345678901234567", graph.SingleRequest().Body);
    }

    [Fact]
    public async Task ListAssignedUsersAsync_Business_SendsBusinessAndReadsUsers()
    {
        using var graph = new GraphServer().On("GET", $"{Waba}/assigned_users", """
            {"data":[{"id":"1234567890123456","name":"John Smith","business":{"id":"9876543210987654","name":"Example Business Inc"},"user_type":"BUSINESS_USER"}],"summary":{"total_count":15}}
            """);

        var users = await graph.Client.Partners.Accounts.ListAssignedUsersAsync(BusinessId, new PartnerListOptions { PageSize = 25 }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        var user = Assert.Single(users);
        Assert.Equal(("John Smith", "BUSINESS_USER", "9876543210987654", "Example Business Inc"), (user.Name, user.UserType, user.Business!.Id, user.Business.Name));
        AssertQuery(graph.SingleRequest(), ("business", BusinessId), ("limit", "25"));
    }

    [Fact]
    public async Task ListOwnedBusinessAccountsAsync_PageSize_SendsFirstAsTheSpecDoes()
    {
        using var graph = new GraphServer().On("GET", $"{BusinessId}/owned_whatsapp_business_accounts",
            """{"data":[{"id":"104996122399160","name":"Lucky Shrub","message_template_namespace":"58e6d318_b627_4112_b9c7_2961197553ea","timezone_id":"1"}]}""");

        var accounts = await graph.Client.Partners.Accounts.ListOwnedBusinessAccountsAsync(BusinessId, new PartnerListOptions { PageSize = 10 }, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(("104996122399160", "Lucky Shrub", "58e6d318_b627_4112_b9c7_2961197553ea"), (accounts[0].Id, accounts[0].Name, accounts[0].MessageTemplateNamespace));
        AssertQuery(graph.SingleRequest(), ("first", "10"));
    }

    [Fact]
    public async Task ListAssignedBusinessAccountsAsync_SpecExample_ReadsPermissionsAndNumbers()
    {
        using var graph = new GraphServer().On("GET", "2345678901234567/assigned_whatsapp_business_accounts", """
            {"data":[{"id":"1234567890123456","name":"Primary Business Account","status":"ACTIVE","assignment_date":"2023-10-15T14:30:00Z","permissions":["MANAGE","DEVELOP","MANAGE_TEMPLATES"],
              "business_id":"9876543210987654","phone_numbers":[{"id":"1234567890","display_phone_number":"+1 (555) 123-4567","verified_name":"Primary Business","status":"CONNECTED"}]}]}
            """);

        var account = Assert.Single(await graph.Client.Partners.Accounts.ListAssignedBusinessAccountsAsync("2345678901234567", cancellationToken: TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal([BusinessAccountTask.Manage, BusinessAccountTask.Develop, BusinessAccountTask.ManageTemplates], account.Permissions);
        Assert.Equal(("1234567890", "+1 (555) 123-4567"), (account.PhoneNumbers[0].Id, account.PhoneNumbers[0].DisplayPhoneNumber));
        Assert.Equal(new DateTimeOffset(2023, 10, 15, 14, 30, 0, TimeSpan.Zero), account.AssignmentDate);
    }

    [Fact]
    public async Task PreverifiedNumbers_ListWithFiltersRequestVerifyShare_SendSpecShapes()
    {
        using var graph = new GraphServer()
            .On("GET", $"{BusinessId}/preverified_numbers", """
                {"data":[{"id":"1234567890123456","display_phone_number":"+1 (555) 123-4567","country_prefix":1,"verification_status":"VERIFIED","availability_status":"AVAILABLE",
                  "created_time":"2024-01-15T10:30:00Z","supported_features":["MESSAGING","BUSINESS_PROFILE","WEBHOOKS"],"country_code":"US","region":"North America"}],"paging":{"cursors":{}}}
                """)
            .On("POST", "1234567890123456/request_code", """{"success":true}""")
            .On("POST", "1234567890123456/verify_code", """{"success":true}""")
            .On("POST", $"{BusinessId}/share_preverified_numbers", """{"success":true}""");
        var numbers = graph.Client.Partners.PreverifiedNumbers;
        var ct = TestContext.Current.CancellationToken;

        var listed = await numbers.ListAsync(BusinessId, new PreverifiedNumberListOptions { CountryCode = "US", VerificationStatus = "VERIFIED", AvailabilityStatus = "AVAILABLE" }, ct).ToListAsync(ct);
        await numbers.RequestCodeAsync("1234567890123456", VerificationCodeMethod.Voice, "es_ES", ct);
        await numbers.VerifyCodeAsync("1234567890123456", "123456", ct);
        await numbers.ShareAsync(BusinessId, "1234567890123456", "9876543210987654", ct);

        var number = Assert.Single(listed);
        Assert.Equal((1, "US", "North America"), (number.CountryPrefix, number.CountryCode, number.Region));
        Assert.Equal(["MESSAGING", "BUSINESS_PROFILE", "WEBHOOKS"], number.SupportedFeatures);
        var requests = graph.Requests.Select(r => r.RequestMessage!).ToList();
        AssertQuery(requests[0], ("verification_status", "VERIFIED"), ("availability_status", "AVAILABLE"), ("country_code", "US"));
        JsonAssert.Equal("""{"code_method":"VOICE","language":"es_ES"}""", System.Text.Json.Nodes.JsonNode.Parse(requests[1].Body!));
        JsonAssert.Equal("""{"code":"123456"}""", System.Text.Json.Nodes.JsonNode.Parse(requests[2].Body!));
        JsonAssert.Equal("""{"preverified_id":"1234567890123456","partner_business_id":"9876543210987654"}""", System.Text.Json.Nodes.JsonNode.Parse(requests[3].Body!));
    }

    [Fact]
    public async Task GetAsync_InvalidPreverifiedNumber_ReadsErrorMessage()
    {
        using var graph = new GraphServer().On("GET", "2345678901234567", """{"id":"2345678901234567","error_msg":"Phone number format is invalid","is_input_id_valid":false}""");

        var check = await graph.Client.Partners.PreverifiedNumbers.GetAsync("2345678901234567", TestContext.Current.CancellationToken);

        Assert.False(check.IsInputIdValid);
        Assert.Equal("Phone number format is invalid", check.ErrorMessage);
    }

    [Fact]
    public async Task SetSolutionMigrationIntentAsync_Scheduled_PostsSpecExampleWithUtcTime()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/set_solution_migration_intent",
            """{"success":true,"migration_intent_id":"migration_intent_987654321","status":"SCHEDULED","estimated_completion_time":"2024-12-01T10:00:00Z"}""");

        var result = await graph.Client.Partners.Intents.SetSolutionMigrationIntentAsync(
            new SolutionMigrationIntentRequest("1234567890123456", SolutionMigrationAction.Schedule)
            {
                TargetSolutionId = "2345678901234567",
                ScheduledMigrationTime = new DateTimeOffset(2024, 12, 1, 12, 0, 0, TimeSpan.FromHours(2)),
                MigrationReason = "Scheduled migration during maintenance window",
            }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("migration_intent_987654321", "SCHEDULED"), (result.MigrationIntentId, result.Status));
        JsonAssert.Equal("""
            {"solution_id":"1234567890123456","migration_intent":"SCHEDULE_MIGRATION","target_solution_id":"2345678901234567",
             "scheduled_migration_time":"2024-12-01T10:00:00Z","migration_reason":"Scheduled migration during maintenance window"}
            """, graph.SingleRequestJson());
    }

    [Fact]
    public async Task CreateOboMobilityIntentAsync_Metadata_PostsSpecExampleAndReadsNextSteps()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/obo_mobility_intent",
            """{"success":true,"mobility_intent_id":"obo_mobility_123456789","status":"PENDING","estimated_completion_time":"2024-12-01T12:00:00Z","approval_required":true,"next_steps":["Await partner approval","Confirm transfer details"]}""");

        var result = await graph.Client.Partners.Intents.CreateOboMobilityIntentAsync(
            new OboMobilityIntentRequest("2345678901234567", OboMobilityIntentType.InitiateTransfer)
            {
                TargetSolutionId = "3456789012345678",
                MobilityReason = "Transferring account management to new solution provider",
                Metadata = new Dictionary<string, string> { ["partner_approval_id"] = "approval_123456", ["business_justification"] = "Business restructuring" },
            }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("obo_mobility_123456789", true), (result.MobilityIntentId, result.ApprovalRequired));
        Assert.Equal(["Await partner approval", "Confirm transfer details"], result.NextSteps);
        JsonAssert.Equal("""
            {"solution_id":"2345678901234567","intent_type":"INITIATE_TRANSFER","target_solution_id":"3456789012345678",
             "mobility_reason":"Transferring account management to new solution provider",
             "metadata":{"partner_approval_id":"approval_123456","business_justification":"Business restructuring"}}
            """, graph.SingleRequestJson());
    }

    [Fact]
    public async Task SetOboMobilityIntentAsync_Refused_ReturnsSuccessFalseWithReason()
    {
        using var graph = new GraphServer().On("POST", $"{Waba}/set_obo_mobility_intent",
            """{"success":false,"intent_id":null,"client_mutation_id":"obo_mobility_intent_mutation_123","error_msg":"Invalid solution configuration for OBO operations"}""");

        var result = await graph.Client.Partners.Intents.SetOboMobilityIntentAsync(new SetOboMobilityIntentRequest
        {
            SolutionId = "2345678901234567",
            AppId = "3456789012345678",
            ClientMutationId = "obo_mobility_intent_mutation_123",
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Success);
        Assert.Null(result.IntentId);
        Assert.Equal("Invalid solution configuration for OBO operations", result.ErrorMessage);
        JsonAssert.Equal($$"""{"waba_id":"{{Waba}}","solution_id":"2345678901234567","app_id":"3456789012345678","client_mutation_id":"obo_mobility_intent_mutation_123"}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task GetOboMobilityIntentAsync_StringId_ReadsAccountAndSolution()
    {
        using var graph = new GraphServer().On("GET", "obo_mobility_123456789", """
            {"id":"obo_mobility_123456789","waba":{"id":"1234567890123456","name":"My WhatsApp Business Account"},
             "solution":{"id":"2345678901234567","name":"E-commerce Integration Solution","status":"ACTIVE","status_for_pending_request":"NONE"},
             "status":"ACTIVE","created_time":"2024-01-15T10:30:00Z","updated_time":"2024-01-15T14:45:00Z"}
            """);

        var intent = await graph.Client.Partners.Intents.GetOboMobilityIntentAsync("obo_mobility_123456789", TestContext.Current.CancellationToken);

        Assert.Equal(("1234567890123456", "2345678901234567", "ACTIVE"), (intent.BusinessAccount!.Id, intent.Solution!.Id, intent.Status));
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 14, 45, 0, TimeSpan.Zero), intent.UpdatedTime);
    }

    [Fact]
    public async Task ListCreditLinesAsync_Business_ReadsLegalEntity()
    {
        using var graph = new GraphServer().On("GET", $"{BusinessId}/extendedcredits", """{"data":[{"id":"1972385232742146","legal_entity_name":"Lucky Shrub"}]}""");

        var line = Assert.Single(await graph.Client.Partners.Accounts.ListCreditLinesAsync(BusinessId, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(("1972385232742146", "Lucky Shrub"), (line.Id, line.LegalEntityName));
    }
}
