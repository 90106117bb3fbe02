using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>Issue 16's partner operations (accounts, solutions, pre-verified numbers, intents, credit lines), answered with the spec's examples.</summary>
internal static partial class CoveredCalls
{
    private const string AppId = "1234567890";
    private const string BusinessId = "506914307656634";
    private const string SolutionId = "1234567890123456";
    private const string PreverifiedId = "1234567890123456";
    private const string SolutionJson =
        """{"id":"1234567890123456","name":"E-commerce Integration Solution","status":"ACTIVE","status_for_pending_request":"NONE","owner_app":{"id":"9876543210987654","name":"Solution Partner App"},"owner_permissions":["MANAGE","DEVELOP","MANAGE_TEMPLATES","VIEW_INSIGHTS"]}""";

    private static readonly PartnerRequestOptions App = new() { AppId = AppId };

    static partial void AddPartners(List<CoveredCall> calls)
    {
        AddPartnerAccounts(calls);
        AddSolutions(calls);
        AddPreverifiedNumbers(calls);
        AddIntents(calls);
    }

    private static void AddPartnerAccounts(List<CoveredCall> calls)
    {
        const string Wabas = """{"data":[{"id":"104996122399160","name":"Lucky Shrub","message_template_namespace":"58e6d318_b627_4112_b9c7_2961197553ea","timezone_id":"1"}]}""";
        calls.Add(new("GET /{Business-ID}", "IPartnerAccountsClient.GetBusinessAsync",
            (client, ct) => client.Partners.Accounts.GetBusinessAsync(BusinessId, ct), """{"id":"506914307656634","name":"Lucky Shrub","timezone_id":0}"""));
        calls.Add(new("GET /{Business-ID}/client_whatsapp_business_accounts", "IPartnerAccountsClient.ListClientBusinessAccountsAsync",
            async (client, ct) => await client.Partners.Accounts.ListClientBusinessAccountsAsync(BusinessId, cancellationToken: ct).ToListAsync(ct), Wabas));
        calls.Add(new("GET /{Business-ID}/owned_whatsapp_business_accounts", "IPartnerAccountsClient.ListOwnedBusinessAccountsAsync",
            async (client, ct) => await client.Partners.Accounts.ListOwnedBusinessAccountsAsync(BusinessId, cancellationToken: ct).ToListAsync(ct), Wabas));
        calls.Add(new("GET /{User-ID}/assigned_whatsapp_business_accounts", "IPartnerAccountsClient.ListAssignedBusinessAccountsAsync",
            async (client, ct) => await client.Partners.Accounts.ListAssignedBusinessAccountsAsync("2345678901234567", cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1234567890123456","name":"Business Account","status":"ACTIVE","assignment_date":"2023-10-15T14:30:00Z","permissions":["FULL_CONTROL"],"business_id":"9876543210987654"}]}"""));
        calls.Add(new("GET /{Application-ID}/connected_client_businesses", "IPartnerAccountsClient.ListConnectedClientBusinessesAsync",
            async (client, ct) => await client.Partners.Accounts.ListConnectedClientBusinessesAsync(new PartnerListOptions { AppId = AppId }, ct).ToListAsync(ct),
            """{"data":[{"id":"1234567890123456","name":"Example Client Business","verification_status":"VERIFIED","business_status":"ACTIVE"}]}"""));
        calls.Add(new("GET /{WhatsApp-Business-Account-ID}/assigned_users", "IPartnerAccountsClient.ListAssignedUsersAsync",
            async (client, ct) => await client.Partners.Accounts.ListAssignedUsersAsync(BusinessId, cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1234567890123456","name":"Jane Doe","user_type":"BUSINESS_USER"}],"summary":{"total_count":1}}"""));
        calls.Add(new("POST /{WhatsApp-Business-Account-ID}/assigned_users", "IPartnerAccountsClient.AddAssignedUserAsync",
            (client, ct) => client.Partners.Accounts.AddAssignedUserAsync(new AssignUserRequest("2345678901234567", [BusinessAccountTask.Manage]), cancellationToken: ct), Success));
        calls.Add(new("DELETE /{WhatsApp-Business-Account-ID}/assigned_users", "IPartnerAccountsClient.RemoveAssignedUserAsync",
            (client, ct) => client.Partners.Accounts.RemoveAssignedUserAsync("2345678901234567", cancellationToken: ct), Success));
        calls.Add(new("GET /{WABA-ID}/in_progress_onbehalf_request", "IPartnerAccountsClient.ListOnBehalfRequestsAsync",
            async (client, ct) => await client.Partners.Accounts.ListOnBehalfRequestsAsync(cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1234567890123456","status":"IN_PROGRESS","business_owned_object":"9876543210987654","receiving_business":{"id":"5678901234567890","name":"Partner Business LLC"},"requesting_business":{"id":"2345678901234567","name":"My Business Inc"}}]}"""));
        calls.Add(new("GET /{Business-ID}/extendedcredits", "IPartnerAccountsClient.ListCreditLinesAsync",
            async (client, ct) => await client.Partners.Accounts.ListCreditLinesAsync(BusinessId, ct).ToListAsync(ct), """{"data":[{"id":"1972385232742146","legal_entity_name":"Lucky Shrub"}]}"""));
    }

    private static void AddSolutions(List<CoveredCall> calls)
    {
        calls.Add(new("POST /{Application-ID}/whatsapp_business_solution", "ISolutionsClient.CreateAsync",
            (client, ct) => client.Partners.Solutions.CreateAsync(
                new CreateSolutionRequest("Owner-Managed Messaging Solution", "9876543210987654") { OwnerPermissions = [BusinessAccountTask.Messaging] }, App, ct),
            """{"solution_id":"1234567890123456"}"""));
        calls.Add(new("GET /{Application-ID}/whatsapp_business_solutions", "ISolutionsClient.ListAsync",
            async (client, ct) => await client.Partners.Solutions.ListAsync(new SolutionListOptions { AppId = AppId, Role = SolutionListOptions.OwnerRole }, ct).ToListAsync(ct),
            """{"data":[""" + SolutionJson + """],"paging":{"cursors":{}}}"""));
        calls.Add(new("GET /{WABA-ID}/solutions", "ISolutionsClient.ListForBusinessAccountAsync",
            async (client, ct) => await client.Partners.Solutions.ListForBusinessAccountAsync(cancellationToken: ct).ToListAsync(ct), $$"""{"data":[{{SolutionJson}}]}"""));
        calls.Add(new("GET /{Solution-ID}", "ISolutionsClient.GetAsync",
            (client, ct) => client.Partners.Solutions.GetAsync(SolutionId, ct), SolutionJson));
        calls.Add(new("GET /{Solution-ID}/access_token", "ISolutionsClient.GetAccessTokenAsync",
            (client, ct) => client.Partners.Solutions.GetAccessTokenAsync(SolutionId, BusinessId, ct),
            """{"access_token":"YOUR_GRANULAR_BISU_ACCESS_TOKEN","expires_at":1735689600}"""));
        calls.Add(new("POST /{Solution-ID}/accept", "ISolutionsClient.AcceptAsync",
            (client, ct) => client.Partners.Solutions.AcceptAsync(SolutionId, new AcceptSolutionRequest("9876543210987654"), ct),
            """{"solution_id":"1234567890123456","partner_status":"ACCEPTED","success":true,"message":"Solution partnership accepted successfully","update_time":"2024-01-15T10:30:00Z"}"""));
        calls.Add(new("POST /{Solution-ID}/reject", "ISolutionsClient.RejectAsync",
            (client, ct) => client.Partners.Solutions.RejectAsync(SolutionId, new RejectSolutionRequest(SolutionRequestType.DeactivationRequest), ct),
            """{"success":true,"solution_id":"1234567890123456","rejected_request_type":"DEACTIVATION_REQUEST","rejection_timestamp":"2024-01-15T10:30:00Z"}"""));
        calls.Add(new("POST /{Solution-ID}/send_deactivation_request", "ISolutionsClient.SendDeactivationRequestAsync",
            (client, ct) => client.Partners.Solutions.SendDeactivationRequestAsync(SolutionId, cancellationToken: ct),
            """{"success":true,"message":"Deactivation request submitted successfully","request_id":"deactivation_req_1234567890"}"""));
        calls.Add(new("POST /{Solution-ID}/accept_deactivation_request", "ISolutionsClient.AcceptDeactivationRequestAsync",
            (client, ct) => client.Partners.Solutions.AcceptDeactivationRequestAsync(SolutionId, ct), SolutionJson));
        calls.Add(new("POST /{Solution-ID}/reject_deactivation_request", "ISolutionsClient.RejectDeactivationRequestAsync",
            (client, ct) => client.Partners.Solutions.RejectDeactivationRequestAsync(SolutionId, ct), SolutionJson));
    }

    private static void AddPreverifiedNumbers(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{Business-ID}/preverified_numbers", "IPreverifiedNumbersClient.ListAsync",
            async (client, ct) => await client.Partners.PreverifiedNumbers.ListAsync(BusinessId, cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1234567890123456","display_phone_number":"+1 (555) 123-4567","country_prefix":1,"verification_status":"VERIFIED","availability_status":"AVAILABLE","country_code":"US","region":"North America"}],"paging":{"cursors":{}}}"""));
        calls.Add(new("GET /{Pre-Verified-Phone-Number-ID}", "IPreverifiedNumbersClient.GetAsync",
            (client, ct) => client.Partners.PreverifiedNumbers.GetAsync(PreverifiedId, ct),
            """{"id":"1234567890123456","country_prefix":1,"display_phone_number":"+1 (555) 123-4567","is_input_id_valid":true}"""));
        calls.Add(new("DELETE /{Pre-Verified-Phone-Number-ID}", "IPreverifiedNumbersClient.DeleteAsync",
            (client, ct) => client.Partners.PreverifiedNumbers.DeleteAsync(PreverifiedId, ct), Success));
        calls.Add(new("POST /{Pre-Verified-Phone-Number-ID}/request_code", "IPreverifiedNumbersClient.RequestCodeAsync",
            (client, ct) => client.Partners.PreverifiedNumbers.RequestCodeAsync(PreverifiedId, VerificationCodeMethod.Sms, "en_US", ct), Success));
        calls.Add(new("POST /{Pre-Verified-Phone-Number-ID}/verify_code", "IPreverifiedNumbersClient.VerifyCodeAsync",
            (client, ct) => client.Partners.PreverifiedNumbers.VerifyCodeAsync(PreverifiedId, "123456", ct), Success));
        calls.Add(new("GET /{Pre-Verified-Phone-Number-ID}/partners", "IPreverifiedNumbersClient.ListPartnersAsync",
            async (client, ct) => await client.Partners.PreverifiedNumbers.ListPartnersAsync(PreverifiedId, cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1234567890123456","name":"Partner Business Solutions Inc"}],"paging":{"cursors":{"after":"MTAxNTExOTQ1MjAwNzI5NDE=","before":"MAZDZD"}}}"""));
        calls.Add(new("POST /{Business-ID}/share_preverified_numbers", "IPreverifiedNumbersClient.ShareAsync",
            (client, ct) => client.Partners.PreverifiedNumbers.ShareAsync(BusinessId, PreverifiedId, "9876543210987654", ct), Success));
    }

    private static void AddIntents(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{Migration-Intent-ID}", "IPartnerIntentsClient.GetMigrationIntentAsync",
            (client, ct) => client.Partners.Intents.GetMigrationIntentAsync("1234567890123456", ct), """{"id":"1234567890123456","status":"INITIATED"}"""));
        calls.Add(new("POST /{WABA-ID}/set_solution_migration_intent", "IPartnerIntentsClient.SetSolutionMigrationIntentAsync",
            (client, ct) => client.Partners.Intents.SetSolutionMigrationIntentAsync(new SolutionMigrationIntentRequest(SolutionId, SolutionMigrationAction.Initiate), cancellationToken: ct),
            """{"success":true,"migration_intent_id":"migration_intent_123456789","status":"PENDING","estimated_completion_time":"2024-12-01T12:00:00Z"}"""));
        calls.Add(new("POST /{WABA-ID}/obo_mobility_intent", "IPartnerIntentsClient.CreateOboMobilityIntentAsync",
            (client, ct) => client.Partners.Intents.CreateOboMobilityIntentAsync(new OboMobilityIntentRequest("2345678901234567", OboMobilityIntentType.InitiateTransfer), cancellationToken: ct),
            """{"success":true,"mobility_intent_id":"obo_mobility_123456789","status":"PENDING","approval_required":true,"next_steps":["Await partner approval"]}"""));
        calls.Add(new("GET /{OBO-Mobility-Intent-ID}", "IPartnerIntentsClient.GetOboMobilityIntentAsync",
            (client, ct) => client.Partners.Intents.GetOboMobilityIntentAsync("1234567890123456", ct),
            $$"""{"id":"1234567890123456","waba":{"id":"1234567890123456","name":"My WhatsApp Business Account"},"solution":{{SolutionJson}},"status":"ACTIVE"}"""));
        calls.Add(new("POST /{WABA-ID}/set_obo_mobility_intent", "IPartnerIntentsClient.SetOboMobilityIntentAsync",
            (client, ct) => client.Partners.Intents.SetOboMobilityIntentAsync(new SetOboMobilityIntentRequest { SolutionId = "2345678901234567" }, cancellationToken: ct),
            """{"success":true,"intent_id":"obo_intent_987654321","client_mutation_id":"obo_mobility_intent_mutation_123","error_msg":null}"""));
    }
}
