using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the template library, upsert, comparison and migration calls for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Templates.LibraryTemplate"/> as <see cref="ITemplatesClient.ListLibraryAsync"/> would list it.</summary>
    /// <param name="name">The library template's name (<c>name</c>).</param>
    /// <param name="language">The language (<c>language</c>). Defaults to <c>en_US</c>.</param>
    /// <param name="category">The category (<c>category</c>). Defaults to <c>UTILITY</c>.</param>
    /// <param name="id">The entry's id (<c>id</c>).</param>
    /// <param name="topic">The topic (<c>topic</c>).</param>
    /// <param name="usecase">The use case (<c>usecase</c>).</param>
    /// <param name="industry">The industry (<c>industry</c>).</param>
    /// <param name="header">The header text (<c>header</c>).</param>
    /// <param name="body">The body text (<c>body</c>).</param>
    /// <param name="bodyParameters">The body's example values (<c>body_params</c>).</param>
    /// <param name="buttons">The buttons (<c>buttons</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static LibraryTemplate LibraryTemplate(
        string name,
        string? language = null,
        TemplateCategory? category = null,
        string? id = null,
        string? topic = null,
        string? usecase = null,
        string? industry = null,
        string? header = null,
        string? body = null,
        IReadOnlyList<string>? bodyParameters = null,
        IReadOnlyList<LibraryTemplateButton>? buttons = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), name, language ?? "en_US", category ?? TemplateCategory.Utility, id, topic, usecase, industry, header, body,
            bodyParameters ?? [], buttons ?? []);

    /// <summary>Builds a <see cref="Templates.LibraryTemplateButton"/>.</summary>
    /// <param name="type">The button type (<c>type</c>), e.g. <c>URL</c>.</param>
    /// <param name="text">The label (<c>text</c>).</param>
    /// <param name="url">The URL (<c>url</c>).</param>
    /// <param name="phoneNumber">The phone number (<c>phone_number</c>).</param>
    /// <returns>The value.</returns>
    public static LibraryTemplateButton LibraryTemplateButton(string type, string? text = null, string? url = null, string? phoneNumber = null) =>
        new(type, text, url, phoneNumber);

    /// <summary>Builds an <see cref="Templates.UpsertTemplatesResult"/> as <see cref="ITemplatesClient.UpsertAuthenticationAsync"/> would answer it.</summary>
    /// <param name="templates">The template of each language (<c>data</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static UpsertTemplatesResult UpsertTemplatesResult(IReadOnlyList<UpsertedTemplate> templates, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), templates);

    /// <summary>Builds an <see cref="Templates.UpsertedTemplate"/>.</summary>
    /// <param name="id">The template id (<c>id</c>).</param>
    /// <param name="status">The status (<c>status</c>). Defaults to <c>APPROVED</c>.</param>
    /// <param name="language">The language (<c>language</c>). Defaults to <c>en_US</c>.</param>
    /// <returns>The value.</returns>
    public static UpsertedTemplate UpsertedTemplate(string id, TemplateStatus? status = null, string? language = null) =>
        new(id, status ?? TemplateStatus.Approved, language ?? "en_US");

    /// <summary>Builds a <see cref="Templates.TemplateComparison"/> as <see cref="ITemplatesClient.CompareAsync"/> would answer it.</summary>
    /// <param name="metrics">The compared metrics (<c>data</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static TemplateComparison TemplateComparison(IReadOnlyList<TemplateComparisonMetric> metrics, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), metrics);

    /// <summary>Builds a <see cref="Templates.TemplateComparisonMetric"/>.</summary>
    /// <param name="metric">The metric (<c>metric</c>).</param>
    /// <param name="type">The type (<c>type</c>).</param>
    /// <param name="ranking">The ids by rank (<c>order_by_relative_metric</c>).</param>
    /// <param name="numbers">Each id's number (<c>number_values</c>).</param>
    /// <param name="texts">Each id's text (<c>string_values</c>).</param>
    /// <returns>The value.</returns>
    public static TemplateComparisonMetric TemplateComparisonMetric(
        string metric, string? type = null, IReadOnlyList<string>? ranking = null, IReadOnlyDictionary<string, long>? numbers = null, IReadOnlyDictionary<string, string>? texts = null) =>
        new(metric, type, ranking ?? [], numbers ?? new Dictionary<string, long>(), texts ?? new Dictionary<string, string>());

    /// <summary>Builds a <see cref="Templates.TemplateMigrationResult"/> as <see cref="ITemplatesClient.MigrateAsync"/> would answer it.</summary>
    /// <param name="migratedTemplateIds">The migrated ids (<c>migrated_templates</c>).</param>
    /// <param name="failedTemplates">The failures by id (<c>failed_templates</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static TemplateMigrationResult TemplateMigrationResult(
        IReadOnlyList<string>? migratedTemplateIds = null, IReadOnlyDictionary<string, string>? failedTemplates = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), migratedTemplateIds ?? [], failedTemplates ?? new Dictionary<string, string>());
}
