using System.Net.Http.Headers;
using System.Text.Json;
using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Groups;

/// <summary>Group calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class GroupsClient : IGroupsClient
{
    private static readonly ResponseParser<GroupCreateResult> ParseCreate =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.GroupCreateAnswerWire, static (wire, source) => new GroupCreateResult(wire, source));

    private static readonly ResponseParser<GroupInviteLink> ParseInviteLink =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.GroupInviteLinkWire, static (wire, source) => new GroupInviteLink(wire, source));

    private static readonly ResponseParser<GroupJoinRequestsResult> ParseJoinRequests =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.GroupJoinRequestsAnswerWire, static (wire, source) => new GroupJoinRequestsResult(wire, source));

    private static readonly ResponseParser<bool> ParseSuccess = GroupSuccessReader.Read;

    private readonly GraphConnection _graph;

    public GroupsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<GroupCreateResult> CreateAsync(CreateGroupRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
        var body = new GroupCreateBodyWire { Subject = request.Subject, Description = request.Description, JoinApprovalMode = request.JoinApprovalMode?.ToString() };
        return _graph.SendAsync(Json(HttpMethod.Post, phoneNumberId + "/groups", body, WhatsAppJsonContext.Default.GroupCreateBodyWire), ParseCreate, cancellationToken);
    }

    public GraphPageable<ActiveGroup> ListAsync(GroupListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
        return new ActiveGroupPagedList(_graph, new GraphQuery(phoneNumberId + "/groups").Add("limit", options?.PageSize).ToString(), cancellationToken);
    }

    public Task<GroupInfo> GetAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        GroupIds.Check(groupId);
        var fields = options?.Fields ?? GroupFields.All;
        for (var i = 0; i < fields.Count; i++)
        {
            Validate.NotEmpty(fields[i], $"fields[{i}]");
        }

        var path = new GraphQuery(groupId).Add("fields", fields).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.GroupInfoWire, static (wire, source) => new GroupInfo(wire, source), cancellationToken);
    }

    public Task UpdateSettingsAsync(string groupId, UpdateGroupSettingsRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        GroupIds.Check(groupId);
        Validate.NotNull(request, "request");
        request.CheckNotEmpty();
        var message = request.ProfilePicture is { } picture
            ? new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(groupId)) { Content = PictureForm(request, picture) }
            : Json(HttpMethod.Post, groupId, new GroupSettingsBodyWire { Subject = request.Subject, Description = request.Description }, WhatsAppJsonContext.Default.GroupSettingsBodyWire);
        return _graph.SendAsync(message, ParseSuccess, cancellationToken);
    }

    public Task DeleteAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        GroupIds.Check(groupId);
        return _graph.SendAsync(new HttpRequestMessage(HttpMethod.Delete, _graph.CreateUri(groupId)), ParseSuccess, cancellationToken);
    }

    public Task<GroupInviteLink> CreateInviteLinkAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        GroupIds.Check(groupId);
        return _graph.SendAsync(ProductOnly(HttpMethod.Post, groupId + "/invite_link"), ParseInviteLink, cancellationToken);
    }

    public Task DeleteInviteLinkAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        GroupIds.Check(groupId);
        return _graph.SendAsync(ProductOnly(HttpMethod.Delete, groupId + "/invite_link"), ParseSuccess, cancellationToken);
    }

    public GraphPageable<GroupJoinRequest> ListJoinRequestsAsync(string groupId, GroupRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        GroupIds.Check(groupId);
        return new GraphPagedList<GroupJoinRequestWire, GroupJoinRequest>(
            _graph, groupId + "/join_requests", WhatsAppJsonContext.Default.GroupJoinRequestWire, static (wire, source) => new GroupJoinRequest(wire, source), cancellationToken);
    }

    public Task<GroupJoinRequestsResult> ApproveJoinRequestsAsync(string groupId, IEnumerable<string> joinRequestIds, GroupRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        JoinRequestsAsync(HttpMethod.Post, groupId, joinRequestIds, cancellationToken);

    public Task<GroupJoinRequestsResult> RejectJoinRequestsAsync(string groupId, IEnumerable<string> joinRequestIds, GroupRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        JoinRequestsAsync(HttpMethod.Delete, groupId, joinRequestIds, cancellationToken);

    public Task<GroupParticipantsResult> AddParticipantsAsync(string groupId, GroupParticipantsRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ParticipantsAsync(HttpMethod.Post, groupId, request, cancellationToken);

    public Task<GroupParticipantsResult> RemoveParticipantsAsync(string groupId, GroupParticipantsRequest request, GroupRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ParticipantsAsync(HttpMethod.Delete, groupId, request, cancellationToken);

    private Task<GroupJoinRequestsResult> JoinRequestsAsync(HttpMethod method, string groupId, IEnumerable<string> joinRequestIds, CancellationToken cancellationToken)
    {
        GroupIds.Check(groupId);
        var ids = Validate.Copy(joinRequestIds, "join_requests");
        Validate.Count(ids.Length, 1, int.MaxValue, "join_requests");
        for (var i = 0; i < ids.Length; i++)
        {
            Validate.NotEmpty(ids[i], $"join_requests[{i}]");
        }

        Validate.Unique(ids, static id => id, "join_requests");
        var body = new GroupJoinRequestsBodyWire { JoinRequests = [.. ids] };
        return _graph.SendAsync(Json(method, groupId + "/join_requests", body, WhatsAppJsonContext.Default.GroupJoinRequestsBodyWire), ParseJoinRequests, cancellationToken);
    }

    private async Task<GroupParticipantsResult> ParticipantsAsync(HttpMethod method, string groupId, GroupParticipantsRequest request, CancellationToken cancellationToken)
    {
        GroupIds.Check(groupId);
        Validate.NotNull(request, "request");
        var users = request.Users;
        var body = new GroupParticipantsBodyWire { Participants = [.. users.Select(static user => new GroupParticipantUserWire { User = user })] };
        var message = Json(method, groupId + "/participants", body, WhatsAppJsonContext.Default.GroupParticipantsBodyWire);
        try
        {
            return await _graph.SendAsync(
                message,
                (span, response) =>
                {
                    if (span.IsEmpty)
                    {
                        return GroupParticipantsReader.Read(default, users, GraphSource.FromBody(span, response));
                    }

                    var reader = new Utf8JsonReader(span);
                    var root = JsonElement.ParseValue(ref reader);
                    return GroupParticipantsReader.Read(root, users, GraphSource.FromElement(root, response));
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (WhatsAppApiException e) when (e.Error is { Code: WhatsAppErrorCodes.GroupRequestPartiallySucceeded, RawJson: { ValueKind: JsonValueKind.Object } error })
        {
            // A partial success that came with an error status rather than 206: still an outcome per participant.
            return GroupParticipantsReader.ReadError(error, users, GraphSource.FromElement(error, WhatsAppModelFactory.GraphResponse((int)e.StatusCode)));
        }
    }

    private HttpRequestMessage ProductOnly(HttpMethod method, string path) =>
        Json(method, path, new GroupProductBodyWire(), WhatsAppJsonContext.Default.GroupProductBodyWire);

    private HttpRequestMessage Json<T>(HttpMethod method, string path, T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        new(method, _graph.CreateUri(path))
        {
            Content = PooledJsonContent.Create((body, type), static (writer, state) => JsonSerializer.Serialize(writer, state.body, state.type)),
        };

    private static MultipartFormDataContent PictureForm(UpdateGroupSettingsRequest request, GroupProfilePicture picture)
    {
        var form = new MultipartFormDataContent { FormField("messaging_product", "whatsapp") };
        if (request.Subject is { } subject)
        {
            form.Add(FormField("subject", subject));
        }

        if (request.Description is { } description)
        {
            form.Add(FormField("description", description));
        }

        var file = new ReadOnlyMemoryContent(picture.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"group-picture.jpg\"" };
        form.Add(file);
        return form;
    }

    private static StringContent FormField(string name, string value)
    {
        var field = new StringContent(value);
        field.Headers.ContentType = null;
        field.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"" + name + "\"" };
        return field;
    }
}
