using System.Globalization;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing;

/// <summary>Something the parser noticed, with a stable code and where in the source it was.</summary>
/// <param name="Code">A stable code from <see cref="ParseCodes"/>, for example <c>RSK1006</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What happened and, where it helps, what was expected.</param>
/// <param name="Position">Where in the decoded source, or <c>null</c> where the whole input is meant.</param>
/// <param name="CellKey">The cell concerned (<c>Table.Row.Column</c>), or <c>null</c>.</param>
public sealed record ParseDiagnostic(string Code, ParseSeverity Severity, string Message, SourcePosition? Position = null, string? CellKey = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Position is { } p ? p + ": " : string.Empty)}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
}
