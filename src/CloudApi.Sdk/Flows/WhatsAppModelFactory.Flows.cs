using System.Text.Json;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk;

/// <summary>The results of <see cref="IFlowsClient"/>, for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a flow as <see cref="IFlowsClient.GetAsync"/> and <see cref="IFlowsClient.ListAsync"/> answer it.</summary>
    /// <param name="id">The flow id.</param>
    /// <param name="name">The flow's name.</param>
    /// <param name="status">Its status; default <see cref="FlowStatus.Draft"/>.</param>
    /// <param name="categories">Its categories; <see langword="null"/> for none.</param>
    /// <param name="validationErrors">The errors of its Flow JSON; <see langword="null"/> for none.</param>
    /// <param name="jsonVersion">The Flow JSON version.</param>
    /// <param name="dataApiVersion">The data API version.</param>
    /// <param name="endpointUri">The data-exchange endpoint.</param>
    /// <param name="preview">The preview; see <see cref="FlowPreview(Uri, DateTimeOffset?)"/>.</param>
    /// <param name="healthStatus">The health status; see <see cref="FlowHealthStatus(FlowSendAvailability, IEnumerable{CloudApi.Sdk.Flows.FlowHealthEntity}?)"/>.</param>
    /// <param name="businessAccountId">The owning account's id.</param>
    /// <param name="application">The linked app; see <see cref="FlowApplication(string, string?, Uri?)"/>.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The flow.</returns>
    public static Flow Flow(
        string id,
        string name = "",
        FlowStatus? status = null,
        IEnumerable<FlowCategory>? categories = null,
        IEnumerable<FlowValidationError>? validationErrors = null,
        string? jsonVersion = null,
        string? dataApiVersion = null,
        Uri? endpointUri = null,
        FlowPreview? preview = null,
        FlowHealthStatus? healthStatus = null,
        string? businessAccountId = null,
        FlowApplication? application = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), id, name, status ?? FlowStatus.Draft, categories is null ? [] : [.. categories],
            validationErrors is null ? [] : [.. validationErrors], jsonVersion, dataApiVersion, endpointUri, preview, healthStatus, businessAccountId, application);

    /// <summary>Builds a validation error of a Flow JSON.</summary>
    /// <param name="error">The error's name, e.g. <c>INVALID_PROPERTY</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="errorType">The kind of error, e.g. <c>JSON_SCHEMA_ERROR</c>.</param>
    /// <param name="lineStart">The first line.</param>
    /// <param name="lineEnd">The last line.</param>
    /// <param name="columnStart">The first column.</param>
    /// <param name="columnEnd">The last column.</param>
    /// <param name="pointers">Other places it concerns; <see langword="null"/> for none.</param>
    /// <returns>The error.</returns>
    public static FlowValidationError FlowValidationError(
        string error,
        string message = "",
        string? errorType = null,
        int? lineStart = null,
        int? lineEnd = null,
        int? columnStart = null,
        int? columnEnd = null,
        IEnumerable<FlowValidationErrorPointer>? pointers = null) =>
        new(error, errorType, message, lineStart, lineEnd, columnStart, columnEnd, pointers is null ? [] : [.. pointers]);

    /// <summary>Builds a place a validation error concerns.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="lineStart">The first line.</param>
    /// <param name="lineEnd">The last line.</param>
    /// <param name="columnStart">The first column.</param>
    /// <param name="columnEnd">The last column.</param>
    /// <returns>The pointer.</returns>
    public static FlowValidationErrorPointer FlowValidationErrorPointer(
        string? path, int? lineStart = null, int? lineEnd = null, int? columnStart = null, int? columnEnd = null) =>
        new(lineStart, lineEnd, columnStart, columnEnd, path);

    /// <summary>Builds a flow's preview.</summary>
    /// <param name="previewUrl">The preview link.</param>
    /// <param name="expiresAt">When it expires.</param>
    /// <returns>The preview.</returns>
    public static FlowPreview FlowPreview(Uri previewUrl, DateTimeOffset? expiresAt = null) => new(previewUrl, expiresAt);

    /// <summary>Builds the app linked to a flow.</summary>
    /// <param name="id">The app id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="link">Its page.</param>
    /// <returns>The app.</returns>
    public static FlowApplication FlowApplication(string id, string? name = null, Uri? link = null) => new(id, name, link);

    /// <summary>Builds a flow's health status.</summary>
    /// <param name="canSendMessage">The overall answer.</param>
    /// <param name="entities">The entities; <see langword="null"/> for none.</param>
    /// <returns>The health status.</returns>
    public static FlowHealthStatus FlowHealthStatus(FlowSendAvailability canSendMessage, IEnumerable<FlowHealthEntity>? entities = null) =>
        new(canSendMessage, entities is null ? [] : [.. entities]);

    /// <summary>Builds an entity of a flow's health status.</summary>
    /// <param name="entityType">What it is.</param>
    /// <param name="id">Its id.</param>
    /// <param name="canSendMessage">Its answer.</param>
    /// <param name="errors">What limits or blocks it; <see langword="null"/> for nothing.</param>
    /// <param name="additionalInfo">Meta's notes; <see langword="null"/> for none.</param>
    /// <returns>The entity.</returns>
    public static FlowHealthEntity FlowHealthEntity(
        FlowHealthEntityType entityType,
        string id,
        FlowSendAvailability canSendMessage,
        IEnumerable<FlowHealthError>? errors = null,
        IEnumerable<string>? additionalInfo = null) =>
        new(entityType, id, canSendMessage, errors is null ? [] : [.. errors], additionalInfo is null ? [] : [.. additionalInfo]);

    /// <summary>Builds an error of a health status entity.</summary>
    /// <param name="errorCode">The error code.</param>
    /// <param name="description">What is wrong.</param>
    /// <param name="possibleSolution">How to fix it.</param>
    /// <returns>The error.</returns>
    public static FlowHealthError FlowHealthError(int errorCode, string? description = null, string? possibleSolution = null) =>
        new(errorCode, description, possibleSolution);

    /// <summary>Builds the answer of <see cref="IFlowsClient.CreateAsync"/>.</summary>
    /// <param name="id">The new flow's id.</param>
    /// <param name="validationErrors">The errors of its Flow JSON; <see langword="null"/> for none.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CreateFlowResult CreateFlowResult(
        string id, IEnumerable<FlowValidationError>? validationErrors = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), id, validationErrors is null ? [] : [.. validationErrors]);

    /// <summary>Builds the answer of <see cref="IFlowsClient.UploadFlowJsonAsync(string, string, FlowRequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="validationErrors">The errors of the JSON; <see langword="null"/> for none.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static FlowJsonUploadResult FlowJsonUploadResult(
        IEnumerable<FlowValidationError>? validationErrors = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), validationErrors is null ? [] : [.. validationErrors]);

    /// <summary>Builds an item of <see cref="IFlowsClient.ListAssetsAsync"/>.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="assetType">The asset type; default <c>FLOW_JSON</c>.</param>
    /// <param name="downloadUrl">The download link.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The asset.</returns>
    public static FlowAsset FlowAsset(
        string name = "flow.json", string assetType = "FLOW_JSON", Uri? downloadUrl = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), name, assetType, downloadUrl);

    /// <summary>Builds the answer of <see cref="IFlowsClient.MigrateAsync"/>.</summary>
    /// <param name="migratedFlows">The flows copied; <see langword="null"/> for none.</param>
    /// <param name="failedFlows">The flows not copied; <see langword="null"/> for none.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MigrateFlowsResult MigrateFlowsResult(
        IEnumerable<MigratedFlow>? migratedFlows = null, IEnumerable<FailedFlowMigration>? failedFlows = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), migratedFlows is null ? [] : [.. migratedFlows], failedFlows is null ? [] : [.. failedFlows]);

    /// <summary>Builds a migrated flow.</summary>
    /// <param name="sourceName">The flow's name.</param>
    /// <param name="sourceId">Its id in the source account.</param>
    /// <param name="migratedId">The copy's id.</param>
    /// <returns>The migrated flow.</returns>
    public static MigratedFlow MigratedFlow(string sourceName, string sourceId, string migratedId) => new(sourceName, sourceId, migratedId);

    /// <summary>Builds a flow that failed to migrate.</summary>
    /// <param name="sourceName">The flow's name.</param>
    /// <param name="errorCode">Meta's error code.</param>
    /// <param name="errorMessage">What went wrong.</param>
    /// <returns>The failure.</returns>
    public static FailedFlowMigration FailedFlowMigration(string sourceName, string? errorCode = null, string? errorMessage = null) =>
        new(sourceName, errorCode, errorMessage);

    /// <summary>Builds the answer of <see cref="IFlowsClient.GetEndpointMetricAsync"/>.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="name">The metric.</param>
    /// <param name="granularity">The time step.</param>
    /// <param name="dataPoints">The data points; <see langword="null"/> for none.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The metric.</returns>
    public static FlowMetric FlowMetric(
        string flowId,
        FlowMetricName name,
        FlowMetricGranularity granularity,
        IEnumerable<FlowMetricDataPoint>? dataPoints = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), flowId, name, granularity, dataPoints is null ? [] : [.. dataPoints]);

    /// <summary>Builds a data point of a flow metric.</summary>
    /// <param name="timestamp">The start of the period.</param>
    /// <param name="values">The values; <see langword="null"/> for none.</param>
    /// <returns>The data point.</returns>
    public static FlowMetricDataPoint FlowMetricDataPoint(DateTimeOffset timestamp, IEnumerable<FlowMetricValue>? values = null) =>
        new(timestamp, values is null ? [] : [.. values]);

    /// <summary>Builds a keyed value of a flow metric data point.</summary>
    /// <param name="key">What it measures.</param>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    public static FlowMetricValue FlowMetricValue(string key, decimal value) => new(key, value);

    /// <summary>Builds the answer of <see cref="IFlowsClient.GetBusinessPublicKeyAsync"/>.</summary>
    /// <param name="publicKeyPem">The key in PEM; <see langword="null"/> for none set.</param>
    /// <param name="signatureStatus">Whether its signature matches.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The key.</returns>
    public static BusinessPublicKey BusinessPublicKey(
        string? publicKeyPem, BusinessPublicKeySignatureStatus? signatureStatus = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), publicKeyPem, signatureStatus);
}
