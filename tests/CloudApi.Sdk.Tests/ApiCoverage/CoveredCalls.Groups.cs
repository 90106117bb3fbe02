using CloudApi.Sdk.Groups;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    private const string GroupId = "Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD";

    static partial void AddGroups(List<CoveredCall> calls)
    {
        calls.Add(new("POST /{Phone-Number-ID}/groups", "IGroupsClient.CreateAsync",
            (client, ct) => client.Groups.CreateAsync(new CreateGroupRequest("New Purchase Inquiry"), cancellationToken: ct),
            """{"messaging_product":"whatsapp","request_id":"106540352242922"}"""));
        calls.Add(new("GET /{Phone-Number-ID}/groups", "IGroupsClient.ListAsync",
            async (client, ct) => await client.Groups.ListAsync(cancellationToken: ct).ToListAsync(ct),
            $$$"""{"data":{"groups":[{"id":"{{{GroupId}}}","subject":"New Purchase Inquiry","created_at":"1755548877"}]}}"""));
        calls.Add(new("POST /{group_id}/invite_link", "IGroupsClient.CreateInviteLinkAsync",
            (client, ct) => client.Groups.CreateInviteLinkAsync(GroupId, cancellationToken: ct),
            """{"messaging_product":"whatsapp","invite_link":"https://chat.whatsapp.com/LINK_ID"}"""));
        calls.Add(new("DELETE /{group_id}/invite_link", "IGroupsClient.DeleteInviteLinkAsync",
            (client, ct) => client.Groups.DeleteInviteLinkAsync(GroupId, cancellationToken: ct),
            """{"messaging_product":"whatsapp","success":"true"}"""));
        calls.Add(new("GET /{group_id}/join_requests", "IGroupsClient.ListJoinRequestsAsync",
            async (client, ct) => await client.Groups.ListJoinRequestsAsync(GroupId, cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"join_request_id":"MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw","wa_id":"16505551234","creation_timestamp":1755548877}]}"""));
        calls.Add(new("POST /{group_id}/join_requests", "IGroupsClient.ApproveJoinRequestsAsync",
            (client, ct) => client.Groups.ApproveJoinRequestsAsync(GroupId, ["MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw"], cancellationToken: ct),
            """{"messaging_product":"whatsapp","approved_join_requests":["MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw"]}"""));
        calls.Add(new("DELETE /{group_id}/join_requests", "IGroupsClient.RejectJoinRequestsAsync",
            (client, ct) => client.Groups.RejectJoinRequestsAsync(GroupId, ["MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw"], cancellationToken: ct),
            """{"messaging_product":"whatsapp","rejected_join_requests":["MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw"]}"""));
        calls.Add(new("POST /{group_id}/participants", "IGroupsClient.AddParticipantsAsync",
            (client, ct) => client.Groups.AddParticipantsAsync(GroupId, new GroupParticipantsRequest(["+17865347866"]), cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("DELETE /{group_id}/participants", "IGroupsClient.RemoveParticipantsAsync",
            (client, ct) => client.Groups.RemoveParticipantsAsync(GroupId, new GroupParticipantsRequest(["+17865347866"]), cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("GET /{group_id}", "IGroupsClient.GetAsync",
            (client, ct) => client.Groups.GetAsync(GroupId, cancellationToken: ct),
            $$"""{"id":"{{GroupId}}","messaging_product":"whatsapp","subject":"Artificial Intelligence Insights","total_participant_count":6}"""));
        calls.Add(new("DELETE /{group_id}", "IGroupsClient.DeleteAsync",
            (client, ct) => client.Groups.DeleteAsync(GroupId, cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("POST /{group_id}", "IGroupsClient.UpdateSettingsAsync",
            (client, ct) => client.Groups.UpdateSettingsAsync(GroupId, new UpdateGroupSettingsRequest { Subject = "Watch Enthusiasts" }, cancellationToken: ct),
            """{"success":true}"""));
    }
}
