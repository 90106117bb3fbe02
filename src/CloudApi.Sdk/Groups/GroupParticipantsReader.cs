using System.Text.Json;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// Reads the answer of a participants call. Meta's spec gives it no schema, so the reader takes what Meta's other partial
/// answers use: <c>added_participants</c>/<c>removed_participants</c> (ids, or objects with <c>input</c>/<c>user</c> and
/// <c>wa_id</c>), <c>failed_participants</c> (with <c>errors</c>) and <c>errors</c>, at the top level or inside an
/// <c>error</c> object (a 131201 answer); a bare <c>{"success":true}</c> means every participant succeeded.
/// </summary>
internal static class GroupParticipantsReader
{
    /// <summary>Reads a 2xx answer (HTTP 200, or 206 for a partial success), which may wrap the outcome in an <c>error</c> object.</summary>
    public static GroupParticipantsResult Read(JsonElement body, IReadOnlyList<string> users, GraphSource source) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error"u8, out var error) && error.ValueKind == JsonValueKind.Object
            ? Read(error, callError: true, users, source)
            : Read(body, callError: false, users, source);

    /// <summary>Reads the <c>error</c> object of a 131201 answer that came with an error status.</summary>
    public static GroupParticipantsResult ReadError(JsonElement error, IReadOnlyList<string> users, GraphSource source) =>
        Read(error, callError: true, users, source);

    private static GroupParticipantsResult Read(JsonElement container, bool callError, IReadOnlyList<string> users, GraphSource source)
    {
        var errors = new List<GroupOperationError>();
        if (callError)
        {
            errors.Add(ReadError(container));
        }

        var succeeded = new List<(string? Input, string? WaId)>();
        var failed = new List<(string? Input, string? WaId, IReadOnlyList<GroupOperationError> Errors)>();
        if (container.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["added_participants", "removed_participants"])
            {
                foreach (var item in Items(container, name))
                {
                    succeeded.Add(Identity(item));
                }
            }

            foreach (var item in Items(container, "failed_participants"))
            {
                var (input, waId) = Identity(item);
                var itemErrors = item.ValueKind == JsonValueKind.Object ? Items(item, "errors").Select(ReadError).ToArray() : [];
                failed.Add((input, waId, itemErrors.Length == 0 ? [new GroupOperationError(-1, null, "Meta reported the participant as failed without a reason.", null)] : itemErrors));
            }

            errors.AddRange(Items(container, "errors").Select(ReadError));
        }

        var outcomes = new List<GroupParticipantOutcome>(users.Count);
        foreach (var user in users)
        {
            var fail = failed.FindIndex(f => Same(f.Input, f.WaId, user));
            if (fail >= 0)
            {
                outcomes.Add(new GroupParticipantOutcome(user, failed[fail].WaId, failed[fail].Errors));
                failed.RemoveAt(fail);
                continue;
            }

            var ok = succeeded.Find(s => Same(s.Input, s.WaId, user));
            outcomes.Add(new GroupParticipantOutcome(user, ok.WaId, []));
        }

        // A failure Meta names in a form the request did not use is kept rather than lost.
        outcomes.AddRange(failed.Select(f => new GroupParticipantOutcome(f.Input ?? f.WaId ?? string.Empty, f.WaId, f.Errors)));
        return new GroupParticipantsResult(outcomes, errors, source);
    }

    private static bool Same(string? input, string? waId, string user) =>
        string.Equals(input, user, StringComparison.Ordinal) || Digits(input) == Digits(user) && Digits(user).Length > 0 || Digits(waId) == Digits(user) && Digits(user).Length > 0;

    private static string Digits(string? value) => value is null ? string.Empty : string.Concat(value.Where(char.IsAsciiDigit));

    private static (string? Input, string? WaId) Identity(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => (item.GetString(), null),
        JsonValueKind.Number => (item.GetRawText(), item.GetRawText()),
        JsonValueKind.Object => (Text(item, "input") ?? Text(item, "user"), Text(item, "wa_id")),
        _ => (null, null),
    };

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static JsonElement[] Items(JsonElement container, string name) =>
        container.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    /// <summary>Read by hand: Graph sometimes sends <c>error_data</c> as a string, which a DTO would refuse.</summary>
    private static GroupOperationError ReadError(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return new GroupOperationError(-1, null, null, null);
        }

        var code = error.TryGetProperty("code"u8, out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : -1;
        var details = error.TryGetProperty("error_data"u8, out var data) ? data.ValueKind switch
        {
            JsonValueKind.Object => Text(data, "details"),
            JsonValueKind.String => data.GetString(),
            _ => null,
        } : null;
        return new GroupOperationError(code, Text(error, "title"), Text(error, "message"), details);
    }
}
