namespace CloudApi.Sdk.Flows;

/// <summary>
/// Copies flows from another WhatsApp Business Account into this one, with the same names
/// (<c>POST /{destination-waba-id}/migrate_flows</c>).
/// </summary>
public sealed class MigrateFlowsRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="sourceBusinessAccountId">The account to copy from (<c>source_waba_id</c>).</param>
    /// <exception cref="WhatsAppValidationException">The id is not a Graph id (digits).</exception>
    public MigrateFlowsRequest(string sourceBusinessAccountId)
    {
        SourceBusinessAccountId = GraphIds.IsValid(sourceBusinessAccountId)
            ? sourceBusinessAccountId
            : throw new WhatsAppValidationException("source_waba_id", $"source_waba_id '{sourceBusinessAccountId}' is malformed: Graph ids are digits only.");
    }

    /// <summary>The account to copy from (<c>source_waba_id</c>).</summary>
    public string SourceBusinessAccountId { get; }

    /// <summary>
    /// <value>The names of the flows to copy (<c>source_flow_names</c>). Default <see langword="null"/>: every flow of the
    /// source account.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The list is empty, or a name is empty or repeated.</exception>
    public IReadOnlyList<string>? SourceFlowNames
    {
        get;
        init
        {
            if (value is null)
            {
                field = null;
                return;
            }

            var names = Validate.Copy(value, "source_flow_names");
            if (names.Length == 0)
            {
                throw new WhatsAppValidationException("source_flow_names", "source_flow_names must hold at least one name; leave it null to copy every flow.");
            }

            for (var i = 0; i < names.Length; i++)
            {
                Validate.NotEmpty(names[i], $"source_flow_names[{i}]");
            }

            Validate.Unique(names, n => n, "source_flow_names");
            field = Validate.ReadOnly(names);
        }
    }
}
