using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Where a file handle is used (template media header examples, profile pictures): with
/// <see cref="EmulatorOptions.RequireUploadedHandles"/>, a handle this emulator did not issue is refused as Meta refuses
/// one it cannot resolve (code 100, subcode 2388273).
/// </summary>
internal static class UploadedHandles
{
    public const int InvalidHandleSubcode = 2388273;

    /// <summary>A media header needs <c>example.header_handle</c> with one handle.</summary>
    public static void CheckHeaderExample(EmulatorState state, JsonObject header, string path)
    {
        var handles = (header["example"] as JsonObject)?["header_handle"] as JsonArray;
        if (handles is null || handles.Count == 0)
        {
            if (state.Options.RequireUploadedHandles)
            {
                throw Invalid($"{path}.example.header_handle is required for a media header: upload an example with the Resumable Upload API.");
            }

            return;
        }

        for (var i = 0; i < handles.Count; i++)
        {
            var handle = handles[i]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? handles[i]!.GetValue<string>() : null;
            Check(state, handle, $"{path}.example.header_handle[{i}]");
        }
    }

    public static void Check(EmulatorState state, string? handle, string field)
    {
        if (string.IsNullOrEmpty(handle))
        {
            throw Invalid($"{field} must be a file handle from the Resumable Upload API.");
        }

        if (state.Options.RequireUploadedHandles && state.Uploads.FindHandle(handle) is null)
        {
            throw Invalid($"{field} '{handle}' is not a valid file handle: upload the file with the Resumable Upload API and use its handle.");
        }
    }

    private static GraphError Invalid(string details) => new(400, 100, "Invalid parameter", details, InvalidHandleSubcode);
}
