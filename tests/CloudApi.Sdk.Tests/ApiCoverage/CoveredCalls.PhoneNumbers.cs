using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    private const string NumberJson = """{"id":"106540352242922","display_phone_number":"+1 555-005-1310","verified_name":"Lucky Shrub","quality_rating":"GREEN"}""";

    static partial void AddPhoneNumbers(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{WABA-ID}/phone_numbers", "IPhoneNumbersClient.ListAsync",
            async (client, ct) => await client.PhoneNumbers.ListAsync(cancellationToken: ct).ToListAsync(ct), $$"""{"data":[{{NumberJson}}]}"""));
        calls.Add(new("GET /{Phone-Number-ID}", "IPhoneNumbersClient.GetAsync",
            (client, ct) => client.PhoneNumbers.GetAsync(cancellationToken: ct), NumberJson));
        calls.Add(new("POST /{Phone-Number-ID}", "IPhoneNumbersClient.SetTwoStepPinAsync",
            (client, ct) => client.PhoneNumbers.SetTwoStepPinAsync("150954", cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/register", "IPhoneNumbersClient.RegisterAsync",
            (client, ct) => client.PhoneNumbers.RegisterAsync(new RegisterPhoneNumberRequest("150954"), cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/deregister", "IPhoneNumbersClient.DeregisterAsync",
            (client, ct) => client.PhoneNumbers.DeregisterAsync(cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/request_code", "IPhoneNumbersClient.RequestCodeAsync",
            (client, ct) => client.PhoneNumbers.RequestCodeAsync(VerificationCodeMethod.Sms, "en_US", cancellationToken: ct), Success));
        calls.Add(new("POST /{Phone-Number-ID}/verify_code", "IPhoneNumbersClient.VerifyCodeAsync",
            (client, ct) => client.PhoneNumbers.VerifyCodeAsync("123456", cancellationToken: ct), Success));
        calls.Add(new("GET /{Phone-Number-ID}/whatsapp_business_profile", "IPhoneNumbersClient.GetBusinessProfileAsync",
            (client, ct) => client.PhoneNumbers.GetBusinessProfileAsync(cancellationToken: ct), """{"data":[{"about":"Succulents","messaging_product":"whatsapp"}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/whatsapp_business_profile", "IPhoneNumbersClient.UpdateBusinessProfileAsync",
            (client, ct) => client.PhoneNumbers.UpdateBusinessProfileAsync(new BusinessProfileUpdate { About = "Succulents" }, cancellationToken: ct), Success));
    }
}
