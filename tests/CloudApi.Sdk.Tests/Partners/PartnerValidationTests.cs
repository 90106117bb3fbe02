using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Partners;

/// <summary>Bad partner input fails with a typed error naming the field, before anything is sent.</summary>
public sealed class PartnerValidationTests
{
    [Fact]
    public void CreateSolutionRequest_NameTooShortOrLong_NamesSolutionName()
    {
        Assert.Equal("solution_name", Assert.Throws<WhatsAppValidationException>(() => new CreateSolutionRequest("A", "1")).ParamName);
        Assert.Equal("solution_name", Assert.Throws<WhatsAppValidationException>(() => new CreateSolutionRequest(new string('a', 76), "1")).ParamName);
        Assert.Equal("partner_app_id", Assert.Throws<WhatsAppValidationException>(() => new CreateSolutionRequest("Shop", "app-1")).ParamName);
    }

    [Fact]
    public void CreateSolutionRequest_TwoPermissions_RefusedAsMetaAllowsOne()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new CreateSolutionRequest("Shop", "1") { PartnerPermissions = [BusinessAccountTask.Messaging, BusinessAccountTask.Manage] });

        Assert.Equal("partner_permissions", error.ParamName);
    }

    [Fact]
    public void AssignUserRequest_NoOrTooManyTasks_NamesTasks()
    {
        Assert.Equal("tasks", Assert.Throws<WhatsAppValidationException>(() => new AssignUserRequest("1", [])).ParamName);
        Assert.Equal("tasks", Assert.Throws<WhatsAppValidationException>(() => new AssignUserRequest("1", Enumerable.Repeat(BusinessAccountTask.Manage, 17))).ParamName);
        Assert.Equal("tasks", Assert.Throws<WhatsAppValidationException>(() => new AssignUserRequest("1", [default])).ParamName);
    }

    [Fact]
    public void Options_OutOfRange_NameTheField()
    {
        Assert.Equal("limit", Assert.Throws<WhatsAppValidationException>(() => new PartnerListOptions { PageSize = 101 }).ParamName);
        Assert.Equal("role", Assert.Throws<WhatsAppValidationException>(() => new SolutionListOptions { Role = "owner" }).ParamName);
        Assert.Equal("country_code", Assert.Throws<WhatsAppValidationException>(() => new PreverifiedNumberListOptions { CountryCode = "usa" }).ParamName);
        Assert.Equal("rejection_reason", Assert.Throws<WhatsAppValidationException>(() =>
            new RejectSolutionRequest(SolutionRequestType.DeactivationRequest) { RejectionReason = new string('x', 501) }).ParamName);
        Assert.Equal("client_mutation_id", Assert.Throws<WhatsAppValidationException>(() => new SetOboMobilityIntentRequest { ClientMutationId = new string('x', 256) }).ParamName);
    }

    [Fact]
    public async Task Calls_BadIdsCodesOrLanguage_RefusedBeforeSending()
    {
        using var graph = new GraphServer().Answer(200, """{"success":true}""");
        var partners = graph.Client.Partners;
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal("code", (await Assert.ThrowsAsync<WhatsAppValidationException>(() => partners.PreverifiedNumbers.VerifyCodeAsync("1", "12345", ct))).ParamName);
        Assert.Equal("language", (await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            partners.PreverifiedNumbers.RequestCodeAsync("1", VerificationCodeMethod.Sms, "english", ct))).ParamName);
        Assert.Equal("solutionId", (await Assert.ThrowsAsync<WhatsAppValidationException>(() => partners.Solutions.GetAsync("../me", ct))).ParamName);
        Assert.Equal("intentId", (await Assert.ThrowsAsync<WhatsAppValidationException>(() => partners.Intents.GetOboMobilityIntentAsync("a/b", ct))).ParamName);
        Assert.Equal("reason", (await Assert.ThrowsAsync<WhatsAppValidationException>(() => partners.Solutions.SendDeactivationRequestAsync("1", "", ct))).ParamName);
        Assert.Equal("appId", Assert.Throws<WhatsAppValidationException>(() => partners.Solutions.ListAsync(cancellationToken: ct)).ParamName);
        Assert.Equal("business", Assert.Throws<WhatsAppValidationException>(() => partners.Accounts.ListAssignedUsersAsync("x", cancellationToken: ct)).ParamName);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void WhatsAppTenant_BadTokenOrIds_RefusedAndTokenNeverPrinted()
    {
        Assert.Equal("accessToken", Assert.Throws<WhatsAppValidationException>(() => new WhatsAppTenant(" ")).ParamName);
        Assert.Equal("phoneNumberId", Assert.Throws<WhatsAppValidationException>(() => new WhatsAppTenant("t") { PhoneNumberId = "+1555" }).ParamName);

        var tenant = new WhatsAppTenant("EAAGtenant-secret") { Name = "shop-42", BusinessAccountId = "102290129340398" };

        Assert.DoesNotContain("EAAGtenant-secret", tenant.ToString(), StringComparison.Ordinal);
        Assert.Contains("shop-42", tenant.ToString(), StringComparison.Ordinal);
    }
}
