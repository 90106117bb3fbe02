using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk;

/// <summary>The results of <see cref="ITemplatesClient"/>, for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a template as <see cref="ITemplatesClient.GetAsync"/> and <see cref="ITemplatesClient.ListAsync"/> answer it.</summary>
    /// <param name="id">The template id.</param>
    /// <param name="name">The template name.</param>
    /// <param name="language">The language code.</param>
    /// <param name="status">The review status; default <see cref="TemplateStatus.Approved"/>.</param>
    /// <param name="category">The category; default <see cref="TemplateCategory.Utility"/>.</param>
    /// <param name="parameterFormat">How variables are written; <see langword="null"/> as when Meta omits it.</param>
    /// <param name="components">The components; <see langword="null"/> for none.</param>
    /// <param name="qualityScore">The quality score; see <see cref="TemplateQualityScore(TemplateQuality, DateTimeOffset?)"/>.</param>
    /// <param name="rejectedReason">Why it was rejected.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details; see <see cref="GraphResponse(int, IEnumerable{KeyValuePair{string, string}}?)"/>.</param>
    /// <returns>The template.</returns>
    public static MessageTemplate MessageTemplate(
        string id,
        string name = "",
        string language = "en_US",
        TemplateStatus? status = null,
        TemplateCategory? category = null,
        TemplateParameterFormat? parameterFormat = null,
        IEnumerable<TemplateDefinitionComponent>? components = null,
        TemplateQualityScore? qualityScore = null,
        TemplateRejectionReason? rejectedReason = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), id, name, language, status ?? TemplateStatus.Approved, category ?? TemplateCategory.Utility,
            parameterFormat, components is null ? [] : [.. components], qualityScore, rejectedReason);

    /// <summary>Builds the answer of <see cref="ITemplatesClient.CreateAsync"/>.</summary>
    /// <param name="id">The new template's id.</param>
    /// <param name="status">Its status; default <see cref="TemplateStatus.Pending"/>.</param>
    /// <param name="category">The category Meta assigned; default <see cref="TemplateCategory.Utility"/>.</param>
    /// <param name="rawJson">The JSON it was read from, if the test has one.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static CreateTemplateResult CreateTemplateResult(
        string id,
        TemplateStatus? status = null,
        TemplateCategory? category = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(GraphSource.ForModel(rawJson, response), id, status ?? TemplateStatus.Pending, category ?? TemplateCategory.Utility);

    /// <summary>Builds a template's quality score.</summary>
    /// <param name="score">The score.</param>
    /// <param name="date">When it was set.</param>
    /// <returns>The quality score.</returns>
    public static TemplateQualityScore TemplateQualityScore(TemplateQuality score, DateTimeOffset? date = null) => new(score, date);
}
