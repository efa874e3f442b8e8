using System;
using System.Globalization;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing;

/// <summary>The warning for bytes the decoder could not read, located at the first of them.</summary>
internal static class DecodingDiagnostic
{
    public static ParseDiagnostic? For(DecodedText decoded)
    {
        if (decoded.ReplacedSequences == 0)
        {
            return null;
        }

        int first = decoded.Text.IndexOf('\uFFFD', StringComparison.Ordinal);
        SourcePosition? position = first < 0 ? null : PositionOf(decoded.Text.AsSpan(0, first));
        string sequences = decoded.ReplacedSequences == 1 ? "1 byte sequence was" : string.Create(CultureInfo.InvariantCulture, $"{decoded.ReplacedSequences} byte sequences were");
        return new ParseDiagnostic(ParseCodes.UndecodableBytes, ParseSeverity.Warning,
            $"{sequences} not valid {decoded.EncodingName} and read as U+FFFD (\uFFFD); a value there cannot be trusted", position);
    }

    private static SourcePosition PositionOf(ReadOnlySpan<char> before)
    {
        int lastNewline = before.LastIndexOf('\n');
        return new SourcePosition(before.Count('\n') + 1, before.Length - lastNewline);
    }
}
