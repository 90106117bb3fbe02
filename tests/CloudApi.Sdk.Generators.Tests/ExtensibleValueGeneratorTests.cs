using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CloudApi.Sdk.Generators.Tests;

/// <summary>Runs <see cref="ExtensibleValueGenerator"/> on small compilations with Roslyn's generator driver.</summary>
public sealed class ExtensibleValueGeneratorTests
{
    // The interface the generated code implements lives in the SDK (next to its JSON converter), so tests declare it.
    private const string Interface = """
        namespace CloudApi.Sdk.Serialization
        {
            internal interface IExtensibleValue<TSelf> where TSelf : struct, IExtensibleValue<TSelf>
            {
                string Value { get; }
                static abstract TSelf FromString(string value);
            }
        }
        """;

    [Fact]
    public void Generate_ReadonlyPartialStruct_AddsMembersThatCompile()
    {
        var (compilation, diagnostics, generated) = Run("""
            using CloudApi.Sdk.Serialization;
            namespace Sample;
            [ExtensibleValue]
            public readonly partial struct Color
            {
                public static Color Red { get; } = new("RED");
            }
            public static class Use
            {
                public static bool IsRed(string value) { Color color = value; return color == Color.Red && color.Equals((object)Color.Red) && color.Value.Length > 0; }
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = Assert.Single(generated, tree => tree.FilePath.EndsWith("Sample.Color.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("StringComparison.OrdinalIgnoreCase", source, StringComparison.Ordinal);
        Assert.Contains("public static implicit operator Color(string value)", source, StringComparison.Ordinal);
        Assert.Contains("IExtensibleValue<Color>.FromString", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Attribute_IsInternalAndConditional()
    {
        var (compilation, _, generated) = Run("namespace Sample;");

        var attribute = compilation.GetTypeByMetadataName("CloudApi.Sdk.Serialization.ExtensibleValueAttribute");
        Assert.NotNull(attribute);
        Assert.Equal(Accessibility.Internal, attribute.DeclaredAccessibility);
        Assert.Contains(attribute.GetAttributes(), a => a.AttributeClass?.Name == "ConditionalAttribute");
        Assert.Single(generated);
    }

    [Theory]
    [InlineData("public readonly struct Color { }", "CASDK001")]
    [InlineData("public partial class Color { }", "CASDK001")]
    [InlineData("public readonly partial record struct Color;", "CASDK001")]
    [InlineData("public static partial class Outer { [ExtensibleValue] public readonly partial struct Color { } }", "CASDK002")]
    [InlineData("public readonly partial struct Color<T> { }", "CASDK002")]
    public void Generate_UnsupportedDeclaration_ReportsAClearError(string declaration, string id)
    {
        var attribute = declaration.Contains("[ExtensibleValue]", StringComparison.Ordinal) ? string.Empty : "[ExtensibleValue]\n";
        var source = $"using CloudApi.Sdk.Serialization;\nnamespace Sample;\n{attribute}{declaration}";
        var (_, diagnostics, generated) = Run(source);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'Color'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("Color", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Single(generated); // the attribute only
    }

    [Fact]
    public void Generate_UnrelatedEdit_ReusesTheCachedOutput()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = Compile(parse, """
            namespace Sample;
            [CloudApi.Sdk.Serialization.ExtensibleValue]
            public readonly partial struct Color { }
            """);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ExtensibleValueGenerator().AsSourceGenerator()], parseOptions: parse,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", parse, cancellationToken: TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);

        var outputs = driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs);
        Assert.All(outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<SyntaxTree> Generated) Run(string source)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = Compile(parse, source);
        var driver = CSharpGeneratorDriver.Create([new ExtensibleValueGenerator().AsSourceGenerator()], parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        return (output, diagnostics, driver.GetRunResult().GeneratedTrees);
    }

    private static CSharpCompilation Compile(CSharpParseOptions parse, string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source, parse), CSharpSyntaxTree.ParseText(Interface, parse)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
