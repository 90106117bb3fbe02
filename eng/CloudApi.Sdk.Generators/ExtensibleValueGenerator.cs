using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CloudApi.Sdk.Generators;

/// <summary>
/// Completes every <c>[ExtensibleValue] readonly partial struct</c>: a string-backed value Meta may extend (a status,
/// a category, a quality), with case-insensitive equality, an implicit conversion from string and the hook the JSON
/// converter needs. The hand-written part declares only the named values (and its <c>[JsonConverter]</c>, which
/// System.Text.Json's own generator must see).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ExtensibleValueGenerator : IIncrementalGenerator
{
    internal const string AttributeNamespace = "CloudApi.Sdk.Serialization";
    internal const string AttributeName = "ExtensibleValueAttribute";
    internal const string AttributeFullName = AttributeNamespace + "." + AttributeName;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post =>
            post.AddSource(AttributeName + ".g.cs", SourceText.From(ExtensibleValueSource.Attribute, System.Text.Encoding.UTF8)));

        var targets = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeFullName,
            predicate: static (node, _) => node is BaseTypeDeclarationSyntax,
            transform: static (attributed, cancellationToken) => Describe(attributed, cancellationToken));

        context.RegisterSourceOutput(targets, static (output, target) =>
        {
            if (target.Problem is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(target.Problem, target.Location?.ToLocation(), target.Name));
                return;
            }

            var hintName = (target.Namespace.Length == 0 ? target.Name : target.Namespace + "." + target.Name) + ".g.cs";
            output.AddSource(hintName, SourceText.From(ExtensibleValueSource.For(target), System.Text.Encoding.UTF8));
        });
    }

    private static ExtensibleValueTarget Describe(GeneratorAttributeSyntaxContext attributed, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var symbol = (INamedTypeSymbol)attributed.TargetSymbol;
        var declaration = (BaseTypeDeclarationSyntax)attributed.TargetNode;
        var ns = symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString();
        var location = LocationInfo.From(declaration.Identifier.GetLocation());

        var isPartialStruct = declaration is StructDeclarationSyntax && declaration.Modifiers.Any(SyntaxKind.PartialKeyword);
        if (!isPartialStruct)
        {
            return new ExtensibleValueTarget(ns, symbol.Name, ExtensibleValueDiagnostics.NotPartialStruct, location);
        }

        if (symbol.ContainingType is not null || symbol.IsGenericType)
        {
            return new ExtensibleValueTarget(ns, symbol.Name, ExtensibleValueDiagnostics.NestedOrGeneric, location);
        }

        return new ExtensibleValueTarget(ns, symbol.Name, Problem: null, Location: null);
    }
}
