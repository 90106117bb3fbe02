using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CloudApi.Sdk.Generators;

/// <summary>
/// What the generator needs to know about one <c>[ExtensibleValue]</c> type: plain strings and flags only, so the
/// incremental pipeline can compare it with the previous run and skip unchanged types.
/// </summary>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="Name">The type's name.</param>
/// <param name="Problem">Why the type cannot be generated, or <see langword="null"/> when it can.</param>
/// <param name="Location">Where to report <paramref name="Problem"/>.</param>
internal sealed record ExtensibleValueTarget(string Namespace, string Name, DiagnosticDescriptor? Problem, LocationInfo? Location);

/// <summary>A <see cref="Microsoft.CodeAnalysis.Location"/> without its syntax tree, so it compares by value.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Span">The text span.</param>
/// <param name="LineSpan">The line span.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo From(Location location) =>
        new(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
