using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Diagnostics;

/// <summary>
/// A diagnostic as equatable data (Roslyn's <see cref="Diagnostic"/> and <see cref="Location"/> are not),
/// so it can flow through the incremental pipeline and be compared between runs.
/// </summary>
internal sealed record DiagnosticInfo(
    string DescriptorId,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            DiagnosticDescriptors.ById[DescriptorId],
            Location.Create(FilePath, Span, LineSpan),
            [.. Arguments]);
}
