using System.Security.Cryptography;
using CloudApi.Sdk.Flows;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    private const string CoveredFlowId = "1234567890123456";

    private const string CoveredFlowJson = """{"version":"7.2","screens":[{"id":"DONE","terminal":true,"layout":{"type":"SingleColumnLayout","children":[]}}]}""";

    private static readonly Lazy<string> CoveredPublicKey = new(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportSubjectPublicKeyInfoPem();
    });

    static partial void AddFlows(List<CoveredCall> calls)
    {
        calls.Add(new("GET /{WABA-ID}/flows", "IFlowsClient.ListAsync",
            async (client, ct) => await client.Flows.ListAsync(cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"categories":["SIGN_UP"],"id":"1234567890123456","name":"my first flow","status":"DRAFT","validation_errors":[]}],"paging":{"cursors":{"after":"QVFIUnZAWV","before":"QVFIUnpKT"}}}"""));
        calls.Add(new("POST /{WABA-ID}/flows", "IFlowsClient.CreateAsync",
            (client, ct) => client.Flows.CreateAsync(new CreateFlowRequest("sign_up", [FlowCategory.SignUp]) { FlowJson = CoveredFlowJson }, cancellationToken: ct),
            """{"id":"1234567890123456","success":true,"validation_errors":[]}"""));
        calls.Add(new("POST /{WABA-ID}/migrate_flows", "IFlowsClient.MigrateAsync",
            (client, ct) => client.Flows.MigrateAsync(new MigrateFlowsRequest("777000000000001") { SourceFlowNames = ["appointment"] }, cancellationToken: ct),
            """{"failed_flows":[],"migrated_flows":[{"migrated_id":"9001","source_id":"8001","source_name":"appointment"}]}"""));
        calls.Add(new("GET /{Flow-ID}", "IFlowsClient.GetAsync",
            (client, ct) => client.Flows.GetAsync(CoveredFlowId, cancellationToken: ct),
            """{"id":"1234567890123456","name":"my first flow","categories":["OTHER"],"status":"DRAFT","validation_errors":[],"json_version":"7.2","preview":{"expires_at":"2023-05-21T11:18:09+0000","preview_url":"https://business.facebook.com/wa/manage/flows/550/preview/?token=b9d6"},"health_status":{"can_send_message":"AVAILABLE","entities":[{"can_send_message":"AVAILABLE","entity_type":"FLOW","id":"1234567890123456"}]}}"""));
        calls.Add(new("POST /{Flow-ID}", "IFlowsClient.UpdateAsync",
            (client, ct) => client.Flows.UpdateAsync(CoveredFlowId, new UpdateFlowRequest { Name = "renamed" }, cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("DELETE /{Flow-ID}", "IFlowsClient.DeleteAsync",
            (client, ct) => client.Flows.DeleteAsync(CoveredFlowId, cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("GET /{Flow-ID}/assets", "IFlowsClient.ListAssetsAsync",
            async (client, ct) => await client.Flows.ListAssetsAsync(CoveredFlowId, cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"asset_type":"FLOW_JSON","download_url":"https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/An_Hq0jnfJ","name":"flow.json"}],"paging":{"cursors":{"after":"QVFIU","before":"QVFIU"}}}"""));
        calls.Add(new("POST /{Flow-ID}/assets", "IFlowsClient.UploadFlowJsonAsync",
            (client, ct) => client.Flows.UploadFlowJsonAsync(CoveredFlowId, CoveredFlowJson, cancellationToken: ct),
            """{"success":true,"validation_errors":[]}"""));
        calls.Add(new("POST /{Flow-ID}/publish", "IFlowsClient.PublishAsync",
            (client, ct) => client.Flows.PublishAsync(CoveredFlowId, cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("POST /{Flow-ID}/deprecate", "IFlowsClient.DeprecateAsync",
            (client, ct) => client.Flows.DeprecateAsync(CoveredFlowId, cancellationToken: ct),
            """{"success":true}"""));
        calls.Add(new("GET /{Phone-Number-ID}/whatsapp_business_encryption", "IFlowsClient.GetBusinessPublicKeyAsync",
            (client, ct) => client.Flows.GetBusinessPublicKeyAsync(cancellationToken: ct),
            """{"data":[{"business_public_key":"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n","business_public_key_signature_status":"VALID"}]}"""));
        calls.Add(new("POST /{Phone-Number-ID}/whatsapp_business_encryption", "IFlowsClient.SetBusinessPublicKeyAsync",
            (client, ct) => client.Flows.SetBusinessPublicKeyAsync(CoveredPublicKey.Value, cancellationToken: ct),
            """{"success":true}"""));
    }
}
