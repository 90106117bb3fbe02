using System.Net;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

public class HandshakeTests
{
    [Fact]
    public async Task Get_SubscribeWithRightToken_EchoesChallengeAsTextPlain()
    {
        await using var host = await WebhookHost.StartAsync();

        var response = await host.Client.GetAsync($"/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={WebhookHost.VerifyToken}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong")]
    [InlineData("hub.mode=subscribe&hub.challenge=1&hub.verify_token=verify-token-4")]
    [InlineData("hub.mode=subscribe&hub.challenge=1")]
    [InlineData("hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=verify-token-42")]
    [InlineData("hub.mode=subscribe&hub.verify_token=verify-token-42")]
    [InlineData("")]
    public async Task Get_WrongTokenModeOrNoChallenge_Returns403(string query)
    {
        await using var host = await WebhookHost.StartAsync();

        var response = await host.Client.GetAsync("/webhook?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
