using CloudApi.Sdk.Diagnostics;

namespace CloudApi.Sdk.Tests.Diagnostics;

public sealed class GraphOperationsTests
{
    private const string Number = "106540352242922";
    private const string Waba = "102290129340398";

    [Theory]
    [InlineData("GET", "/v26.0/102290129340398/message_templates", "templates.list")]
    [InlineData("POST", "/v26.0/102290129340398/message_templates", "templates.create")]
    [InlineData("GET", "/v23.0/999/message_templates", "templates.list")]
    [InlineData("POST", "/v26.0/106540352242922/media", "media.upload")]
    [InlineData("GET", "/v26.0/106540352242922", "phone_numbers.get")]
    [InlineData("POST", "/v26.0/106540352242922/register", "phone_numbers.register")]
    [InlineData("GET", "/v26.0/102290129340398", "business_accounts.get")]
    [InlineData("GET", "/v26.0/1234567890", "GET {id}")]
    [InlineData("DELETE", "/v26.0/1234567890", "DELETE {id}")]
    [InlineData("POST", "/v26.0/upload:MTphdHRhY2g=", "POST {id}")]
    [InlineData("GET", "/v26.0/102290129340398/flows", "GET {waba_id}/flows")]
    public void Name_OfAGraphPath_IsTheCallWithoutIds(string method, string path, string expected)
    {
        Assert.Equal(expected, GraphOperations.Name(method, path, Number, Waba));
    }
}
