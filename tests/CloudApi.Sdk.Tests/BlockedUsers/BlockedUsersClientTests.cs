using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.BlockedUsers;

public sealed class BlockedUsersClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task BlockAsync_TwoUsers_PostsMetaShapeAndReadsAddedUsers()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/block_users",
            """{"messaging_product":"whatsapp","block_users":{"added_users":[{"input":"+16505551234","wa_id":"16505551234"},{"input":"16505550000","wa_id":"16505550000"}]}}""");

        var result = await graph.Client.BlockedUsers.BlockAsync(new BlockUsersRequest(["+16505551234", "16505550000"]), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([("+16505551234", "16505551234"), ("16505550000", "16505550000")], result.ChangedUsers.Select(u => (u.Input, u.WaId)));
        Assert.False(result.HasFailures);
        JsonAssert.Equal("""{"messaging_product":"whatsapp","block_users":[{"user":"+16505551234"},{"user":"16505550000"}]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task BlockAsync_PartialFailure139100_ReturnsFailedUsersInsteadOfThrowing()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/block_users",
            """
            {"error":{"message":"(#139100) Failed to block/unblock users","type":"OAuthException","code":139100,
             "error_data":{"details":"Failed to block some users, see the block_users response list for details"},
             "block_users":{"added_users":[{"input":"+16505551234","wa_id":"16505551234"}],
              "failed_users":[{"input":"+16505550000","wa_id":"16505550000","errors":[{"message":"Not eligible","code":139100,"error_data":{"details":"The user has not messaged the business in the last 24 hours."}}]}]},
             "fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}
            """, status: 400);

        var result = await graph.Client.BlockedUsers.BlockAsync(new BlockUsersRequest(["+16505551234", "+16505550000"]), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.HasFailures);
        Assert.Equal("+16505551234", Assert.Single(result.ChangedUsers).Input);
        var failed = Assert.Single(result.FailedUsers);
        Assert.Equal(("+16505550000", "16505550000"), (failed.Input, failed.WaId));
        var error = Assert.Single(failed.Errors);
        Assert.Equal((139100, "The user has not messaged the business in the last 24 hours."), (error.Code, error.Details));
        Assert.Equal(400, result.Response!.StatusCode);
        Assert.Equal(139100, result.RawJson.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task BlockAsync_BlockListFull_Throws()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/block_users",
            """{"error":{"message":"(#139101) Blocklist limit reached","type":"OAuthException","code":139101,"fbtrace_id":"x"}}""", status: 400);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            graph.Client.BlockedUsers.BlockAsync(new BlockUsersRequest(["+16505551234"]), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(WhatsAppErrorCodes.BlockListFull, error.ErrorCode);
    }

    [Fact]
    public async Task UnblockAsync_OneUser_SendsDeleteWithBodyAndReadsRemovedUsers()
    {
        using var graph = new GraphServer().On("DELETE", $"{Phone}/block_users",
            """{"messaging_product":"whatsapp","block_users":{"removed_users":[{"input":"+16505551234","wa_id":"16505551234"}]}}""");

        var result = await graph.Client.BlockedUsers.UnblockAsync(new BlockUsersRequest(["+16505551234"]), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("16505551234", Assert.Single(result.ChangedUsers).WaId);
        Assert.Equal("DELETE", graph.SingleRequest().Method);
        JsonAssert.Equal("""{"messaging_product":"whatsapp","block_users":[{"user":"+16505551234"}]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsCursorsWithPageSize()
    {
        using var graph = new GraphServer()
            .On("GET", $"{Phone}/block_users", """{"data":[{"messaging_product":"whatsapp","wa_id":"16505551234"}],"paging":{"cursors":{"after":"a1"},"next":"https://graph.facebook.com/x"}}""", after: "")
            .On("GET", $"{Phone}/block_users", """{"data":[{"messaging_product":"whatsapp","wa_id":16505550000}],"paging":{"cursors":{"after":"a2"}}}""", after: "a1");

        var users = await graph.Client.BlockedUsers.ListAsync(new BlockedUserListOptions { PageSize = 1 }, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["16505551234", "16505550000"], users.Select(u => u.WaId));
        AssertQuery(graph.Requests[^1].RequestMessage!, ("limit", "1"), ("after", "a1"));
    }

    [Fact]
    public void BlockUsersRequest_NoUsers_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new BlockUsersRequest([]));

        Assert.Equal(("block_users", 1), (error.Field, error.Limit));
    }

    [Theory]
    [InlineData(new[] { "not-a-number" }, "block_users[0].user")]
    [InlineData(new[] { "+16505551234", "+16505551234" }, "block_users")]
    public void BlockUsersRequest_BadUsers_RefusedWithTheField(string[] users, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new BlockUsersRequest(users));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void BlockUsersRequest_MoreThanTheBlockList_Refused()
    {
        var users = Enumerable.Range(0, BlockUsersRequest.MaxBlockListSize + 1).Select(i => "+1650" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<WhatsAppValidationException>(() => new BlockUsersRequest(users));

        Assert.Equal(("block_users", BlockUsersRequest.MaxBlockListSize), (error.Field, error.Limit));
    }
}
