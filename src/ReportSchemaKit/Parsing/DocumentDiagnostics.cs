using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Parsing;

/// <summary>What a document reader's outcome means to the person who parsed the file: unreadable, or scanned.</summary>
internal static class DocumentDiagnostics
{
    public static string Name(LayoutKind layout) => layout == LayoutKind.Pdf ? "PDF" : "Word document";

    public static List<ParseDiagnostic> Of(LayoutKind layout, DocumentReadOutcome outcome, int cellsRead)
    {
        var diagnostics = new List<ParseDiagnostic>();
        if (outcome.Failure is { } failure)
        {
            // Cells read before the damage are still matched; the error says the rest of the file was not read.
            diagnostics.Add(new ParseDiagnostic(ParseCodes.DocumentUnreadable, ParseSeverity.Error,
                cellsRead > 0 ? failure + "; only what was read before that point is used" : failure));
        }

        var scanned = outcome.PagesWithoutText;
        if (scanned.Count == 0)
        {
            return diagnostics;
        }

        if (cellsRead == 0)
        {
            diagnostics.Add(new ParseDiagnostic(ParseCodes.NeedsOcr, ParseSeverity.Error, string.Create(CultureInfo.InvariantCulture,
                $"The {Name(layout)} has no text layer: its {Pages(scanned.Count)} hold only images (a scan), so there is no text to read; recognise the text with OCR first (for example ocrmypdf), then parse the result")));
        }
        else
        {
            diagnostics.Add(new ParseDiagnostic(ParseCodes.NeedsOcr, ParseSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"{(scanned.Count == 1 ? "Page" : "Pages")} {string.Join(", ", scanned.Select(p => p.ToString(CultureInfo.InvariantCulture)))} of the {Name(layout)} hold only images and no text (scanned); their content was not read and needs OCR")));
        }

        return diagnostics;
    }

    private static string Pages(int count) => count == 1 ? "one page" : count.ToString(CultureInfo.InvariantCulture) + " pages";
}
