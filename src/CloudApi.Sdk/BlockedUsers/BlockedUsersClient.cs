using System.Text.Json;
using CloudApi.Sdk.BlockedUsers.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.BlockedUsers;

/// <summary>Block-list calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class BlockedUsersClient : IBlockedUsersClient
{
    private static readonly ResponseParser<BlockUsersResult> ParseAnswer =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.BlockUsersAnswerWire, static (wire, source) => new BlockUsersResult(wire, source));

    private readonly GraphConnection _graph;

    public BlockedUsersClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public GraphPageable<BlockedUser> ListAsync(BlockedUserListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/block_users").Add("limit", options?.PageSize).ToString();
        return new GraphPagedList<BlockedUserWire, BlockedUser>(
            _graph, path, WhatsAppJsonContext.Default.BlockedUserWire, static (wire, source) => new BlockedUser(wire, source), cancellationToken);
    }

    public Task<BlockUsersResult> BlockAsync(BlockUsersRequest request, BlockedUsersRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(HttpMethod.Post, request, options, cancellationToken);

    public Task<BlockUsersResult> UnblockAsync(BlockUsersRequest request, BlockedUsersRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(HttpMethod.Delete, request, options, cancellationToken);

    private async Task<BlockUsersResult> ChangeAsync(HttpMethod method, BlockUsersRequest request, BlockedUsersRequestOptions? options, CancellationToken cancellationToken)
    {
        Validate.NotNull(request, "request");
        var body = new BlockUsersBodyWire { BlockUsers = [.. request.Users.Select(static user => new BlockUsersBodyWire.UserWire { User = user })] };
        var message = new HttpRequestMessage(method, _graph.CreateUri(PhoneNumberId(options?.PhoneNumberId) + "/block_users"))
        {
            Content = PooledJsonContent.Create(body, static (writer, state) => JsonSerializer.Serialize(writer, state, WhatsAppJsonContext.Default.BlockUsersBodyWire)),
        };
        try
        {
            return await _graph.SendAsync(message, ParseAnswer, cancellationToken).ConfigureAwait(false);
        }
        catch (WhatsAppApiException e) when (PartialFailure(e) is { } outcome)
        {
            return outcome;
        }
    }

    /// <summary>A 139100 error whose <c>error</c> object carries the per-user outcome, read as the call's answer.</summary>
    private static BlockUsersResult? PartialFailure(WhatsAppApiException exception)
    {
        if (exception.Error is not { Code: WhatsAppErrorCodes.BlockUsersFailed, RawJson: { ValueKind: JsonValueKind.Object } error } ||
            !error.TryGetProperty("block_users"u8, out var outcome) || outcome.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var wire = error.Deserialize(WhatsAppJsonContext.Default.BlockUsersAnswerWire);
        return wire is null ? null : new BlockUsersResult(wire, GraphSource.FromElement(error, WhatsAppModelFactory.GraphResponse((int)exception.StatusCode)));
    }

    private string PhoneNumberId(string? id) =>
        GraphIds.Resolve(id, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
}
