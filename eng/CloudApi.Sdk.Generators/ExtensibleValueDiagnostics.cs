using Microsoft.CodeAnalysis;

namespace CloudApi.Sdk.Generators;

/// <summary>The diagnostics of <see cref="ExtensibleValueGenerator"/>.</summary>
internal static class ExtensibleValueDiagnostics
{
    public static readonly DiagnosticDescriptor NotPartialStruct = new(
        id: "CASDK001",
        title: "[ExtensibleValue] needs a partial struct",
        messageFormat: "'{0}' has [ExtensibleValue] but is not a partial struct; declare it as 'public readonly partial struct {0}' so the generator can add its members",
        category: "CloudApi.Sdk.Generators",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NestedOrGeneric = new(
        id: "CASDK002",
        title: "[ExtensibleValue] needs a top-level, non-generic type",
        messageFormat: "'{0}' has [ExtensibleValue] but is nested in another type or generic; declare it directly in a namespace, without type parameters",
        category: "CloudApi.Sdk.Generators",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
