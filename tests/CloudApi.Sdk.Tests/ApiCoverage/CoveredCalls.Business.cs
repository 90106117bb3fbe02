using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.QrCodes;

namespace CloudApi.Sdk.Tests.ApiCoverage;

/// <summary>Issue 15's operations on a business's own numbers and account (the block list, QR codes, automation, settings, the WABA).</summary>
internal static partial class CoveredCalls
{
    private const string QrJson = """{"code":"ANED2T5QRU7HG1","prefilled_message":"Show me Cyber Monday deals!","deep_link_url":"https://wa.me/message/ANED2T5QRU7HG1"}""";

    static partial void AddBusiness(List<CoveredCall> calls)
    {
        AddBlockedUsers(calls);
        AddQrCodes(calls);
        AddAutomationAndHistory(calls);
        AddNumberSettings(calls);
        AddAccountManagement(calls);
    }

    private static void AddBlockedUsers(List<CoveredCall> calls)
    {
        const string Answer = """{"messaging_product":"whatsapp","block_users":{"added_users":[{"input":"+16505551234","wa_id":"16505551234"}]}}""";
        calls.Add(new("GET /{Phone-Number-ID}/block_users", "IBlockedUsersClient.ListAsync",
            async (client, ct) => await client.BlockedUsers.ListAsync(cancellationToken: ct).ToListAsync(ct), """{"data":[{"messaging_product":"whatsapp","wa_id":"16505551234"}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/block_users", "IBlockedUsersClient.BlockAsync",
            (client, ct) => client.BlockedUsers.BlockAsync(new BlockUsersRequest(["+16505551234"]), cancellationToken: ct), Answer));
        calls.Add(new("DELETE /{Phone-Number-ID}/block_users", "IBlockedUsersClient.UnblockAsync",
            (client, ct) => client.BlockedUsers.UnblockAsync(new BlockUsersRequest(["+16505551234"]), cancellationToken: ct), Answer.Replace("added_users", "removed_users", StringComparison.Ordinal)));
    }

    private static void AddQrCodes(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{Phone-Number-ID}/message_qrdls", "IQrCodesClient.ListAsync",
            async (client, ct) => await client.QrCodes.ListAsync(cancellationToken: ct).ToListAsync(ct), $$"""{"data":[{{QrJson}}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/message_qrdls", "IQrCodesClient.CreateAsync",
            (client, ct) => client.QrCodes.CreateAsync(new CreateQrCodeRequest("Show me Cyber Monday deals!") { ImageFormat = QrImageFormat.Svg }, cancellationToken: ct), QrJson));
        calls.Add(new("POST /{Phone-Number-ID}/message_qrdls", "IQrCodesClient.UpdateAsync",
            (client, ct) => client.QrCodes.UpdateAsync("ANED2T5QRU7HG1", "Show me Cyber Monday deals!", cancellationToken: ct), QrJson));
        calls.Add(new("GET /{Phone-Number-ID}/message_qrdls/{QR-Code-ID}", "IQrCodesClient.GetAsync",
            (client, ct) => client.QrCodes.GetAsync("ANED2T5QRU7HG1", cancellationToken: ct), QrJson));
        calls.Add(new("DELETE /{Phone-Number-ID}/message_qrdls/{QR-Code-ID}", "IQrCodesClient.DeleteAsync",
            (client, ct) => client.QrCodes.DeleteAsync("ANED2T5QRU7HG1", cancellationToken: ct), Success));
    }

    private static void AddAutomationAndHistory(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{Phone-Number-ID}", "IConversationalAutomationClient.GetAsync",
            (client, ct) => client.ConversationalAutomation.GetAsync(cancellationToken: ct),
            """{"conversational_automation":{"id":"1234567890123456","prompts":["Book a table"],"commands":[],"enable_welcome_message":true},"id":"106540352242922"}"""));
        calls.Add(new("GET /{WABA-Bot-ID}", "IConversationalAutomationClient.GetBotAsync",
            (client, ct) => client.ConversationalAutomation.GetBotAsync("1234567890123456", ct), """{"id":"1234567890123456","prompts":[],"commands":[],"enable_welcome_message":false}"""));
        calls.Add(new("POST /{Phone-Number-ID}/conversational_automation", "IConversationalAutomationClient.UpdateAsync",
            (client, ct) => client.ConversationalAutomation.UpdateAsync(new ConversationalAutomationUpdate { EnableWelcomeMessage = true }, cancellationToken: ct), Success));
        calls.Add(new("GET /{Phone-Number-ID}/message_history", "IMessageHistoryClient.ListAsync",
            async (client, ct) => await client.MessageHistory.ListAsync(cancellationToken: ct).ToListAsync(ct), """{"data":[{"id":"1234567890123456","message_id":"wamid.HBgL"}]}"""));
        calls.Add(new("GET /{Message-History-ID}/events", "IMessageHistoryClient.ListEventsAsync",
            async (client, ct) => await client.MessageHistory.ListEventsAsync("1234567890123456", cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"cursor":"MTA=","node":{"id":"2345678901234567","delivery_status":"SENT","occurrence_timestamp":1640995200}}]}"""));
    }

    private static void AddNumberSettings(List<CoveredCall> calls)
    {
        calls.Add(new("POST /{Phone-Number-ID}", "IPhoneNumbersClient.UpdateAsync",
            (client, ct) => client.PhoneNumbers.UpdateAsync(new PhoneNumberUpdate { SearchVisibility = "VISIBLE" }, cancellationToken: ct), Success));
        calls.Add(new("GET /{WhatsApp-Account-Number-ID}", "IPhoneNumbersClient.GetAsync",
            (client, ct) => client.PhoneNumbers.GetAsync(new PhoneNumberRequestOptions { PhoneNumberId = "1234567890123456" }, ct), NumberJson));
        calls.Add(new("GET /{Phone-Number-ID}/settings", "IPhoneNumbersClient.GetSettingsAsync",
            (client, ct) => client.PhoneNumbers.GetSettingsAsync(cancellationToken: ct), """{"calling":{"status":"enabled"},"storage_configuration":{"status":"default"}}"""));
        calls.Add(new("POST /{Phone-Number-ID}/settings", "IPhoneNumbersClient.UpdateSettingsAsync",
            (client, ct) => client.PhoneNumbers.UpdateSettingsAsync(new PhoneNumberSettingsUpdate { UserIdentityChangeEnabled = true }, cancellationToken: ct), Success));
        calls.Add(new("GET /{Phone-Number-ID}/whatsapp_commerce_settings", "IPhoneNumbersClient.GetCommerceSettingsAsync",
            (client, ct) => client.PhoneNumbers.GetCommerceSettingsAsync(cancellationToken: ct), """{"data":[{"id":"527759822865714","is_cart_enabled":true,"is_catalog_visible":true}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/whatsapp_commerce_settings", "IPhoneNumbersClient.UpdateCommerceSettingsAsync",
            (client, ct) => client.PhoneNumbers.UpdateCommerceSettingsAsync(new CommerceSettingsUpdate { IsCartEnabled = false }, cancellationToken: ct), Success));
        calls.Add(new("GET /{Phone-Number-ID}/business_compliance_info", "IPhoneNumbersClient.GetComplianceInfoAsync",
            (client, ct) => client.PhoneNumbers.GetComplianceInfoAsync(cancellationToken: ct), """{"data":[{"whatsapp_business_account_id":"102290129340398","is_registered":false}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/business_compliance_info", "IPhoneNumbersClient.UpdateComplianceInfoAsync",
            (client, ct) => client.PhoneNumbers.UpdateComplianceInfoAsync(new BusinessComplianceInfoUpdate("Lucky Shrub Private Limited", BusinessEntityType.Partnership,
                new GrievanceOfficerContact("Chandravati P.", "chandravati@luckyshrub.com"), new CustomerCareContact("support@luckyshrub.com")), cancellationToken: ct), Success));
        calls.Add(new("GET /{Phone-Number-ID}/official_business_account", "IPhoneNumbersClient.GetOfficialBusinessAccountStatusAsync",
            (client, ct) => client.PhoneNumbers.GetOfficialBusinessAccountStatusAsync(cancellationToken: ct), """{"id":"1234567890123456","oba_status":"PENDING","status_message":"Under review"}"""));
        calls.Add(new("POST /{Phone-Number-ID}/official_business_account", "IPhoneNumbersClient.RequestOfficialBusinessAccountAsync",
            (client, ct) => client.PhoneNumbers.RequestOfficialBusinessAccountAsync(new OfficialBusinessAccountRequest(OfficialBusinessAccountAction.WithdrawApplication), cancellationToken: ct),
            """{"success":true,"message":"withdrawn","updated_status":{"id":"1","oba_status":"CANCELLED","status_message":"cancelled"}}"""));
        calls.Add(new("POST /{WABA-ID}/phone_numbers", "IPhoneNumbersClient.CreateAsync",
            (client, ct) => client.PhoneNumbers.CreateAsync(new CreatePhoneNumberRequest("1", "6315551000", "Lucky Shrub"), cancellationToken: ct), """{"id":"1906385232743451"}"""));
        calls.Add(new("POST /{Business-ID}/add_phone_numbers", "IPhoneNumbersClient.AddToBusinessAsync",
            (client, ct) => client.PhoneNumbers.AddToBusinessAsync("506914307656634", "+16315551000", ct), """{"id":"1234567890123456"}"""));
        calls.Add(new("GET /{WhatsApp-Business-Profile-ID}", "IPhoneNumbersClient.GetBusinessProfileByIdAsync",
            (client, ct) => client.PhoneNumbers.GetBusinessProfileByIdAsync("1234567890123456", ct), """{"id":"1234567890123456","about":"Succulents"}"""));
        calls.Add(new("POST /{WhatsApp-Business-Profile-ID}", "IPhoneNumbersClient.UpdateBusinessProfileByIdAsync",
            (client, ct) => client.PhoneNumbers.UpdateBusinessProfileByIdAsync("1234567890123456", new BusinessProfileUpdate { About = "Succulents" }, ct), Success));
    }

    private static void AddAccountManagement(List<CoveredCall> calls)
    {
        calls.Add(new("POST /{WABA-ID}", "IBusinessAccountsClient.UpdateAsync",
            (client, ct) => client.BusinessAccounts.UpdateAsync(new BusinessAccountUpdate { Name = "Lucky Shrub" }, cancellationToken: ct), Success));
        calls.Add(new("GET /{WABA-ID}/activities", "IBusinessAccountsClient.ListActivitiesAsync",
            async (client, ct) => await client.BusinessAccounts.ListActivitiesAsync(cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1","activity_type":"USER_ADDED","timestamp":"2023-10-15T13:15:00Z","actor_type":"ADMIN"}]}"""));
        calls.Add(new("GET /{WABA-ID}/schedules", "IBusinessAccountsClient.ListSchedulesAsync",
            async (client, ct) => await client.BusinessAccounts.ListSchedulesAsync(cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"id":"1","name":"Hours","status":"ACTIVE","schedule_type":"BUSINESS_HOURS","start_time":"09:00","end_time":"17:00"}]}"""));
        calls.Add(new("POST /{WABA-ID}/schedules", "IBusinessAccountsClient.CreateScheduleAsync",
            (client, ct) => client.BusinessAccounts.CreateScheduleAsync(new CreateScheduleRequest("Hours", ScheduleType.BusinessHours, new TimeOnly(9, 0), new TimeOnly(17, 0)), cancellationToken: ct),
            """{"id":"1234567890123456"}"""));
    }
}
