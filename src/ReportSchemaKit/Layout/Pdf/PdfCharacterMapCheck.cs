using System;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Looks at the ToUnicode maps of a PDF's fonts before PdfPig reads a page, for a <c>bfrange</c> that covers an
/// impossible number of codes.
/// </summary>
/// <remarks>
/// PdfPig (up to its latest release) expands every <c>bfrange</c> one code at a time when a page that uses the
/// font is read. A range may only vary in its last byte (ISO 32000-1, 9.10.3: at most 256 codes), but a damaged or
/// hostile map such as <c>&lt;33004400&gt; &lt;44FF&gt;</c> asks for hundreds of millions of codes, and PdfPig then
/// runs for minutes while its memory grows by gigabytes, with no way to stop it. Such a file is refused instead.
/// </remarks>
internal static class PdfCharacterMapCheck
{
    // Generous beside the spec's 256: producers write <0000> <FFFF> for a whole two-byte font, which PdfPig expands in milliseconds.
    private const long MaxCodesPerRange = 65_536;

    private static readonly NameToken ToUnicode = NameToken.Create("ToUnicode");

    /// <summary>Why the file is refused, or <see langword="null"/> where every ToUnicode range is of a size PdfPig can expand.</summary>
    public static string? FindOversizedRange(PdfDocument pdf)
    {
        var structure = pdf.Structure;
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (!TryReadToUnicode(structure, reference, out var map))
            {
                continue;
            }

            if (FindOversizedRange(map.Span) is { } range)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"the ToUnicode character map of font object {reference.ObjectNumber} maps the range {range}, more codes than any font has (a range covers at most 256), so the file is damaged");
            }
        }

        return null;
    }

    /// <summary>The decoded ToUnicode stream of the font at <paramref name="reference"/>, where it is a font with one.</summary>
    private static bool TryReadToUnicode(Structure structure, IndirectReference reference, out ReadOnlyMemory<byte> map)
    {
        map = default;
        try
        {
            if (structure.GetObject(reference).Data is not DictionaryToken dictionary
                || !dictionary.TryGet(NameToken.Type, out NameToken type) || type.Data != "Font"
                || !dictionary.TryGet(ToUnicode, out var token)
                || !DirectObjectFinder.TryGet(token, structure.TokenScanner, out StreamToken? stream) || stream is null)
            {
                return false;
            }

            map = stream.Decode(structure.FilterProvider);
            return true;
        }
        catch (Exception e) when (PdfLayoutReader.IsDamagedDocument(e))
        {
            // An object this check cannot read is left to the page reader, which meets it (and reports it) only where a page uses it.
            return false;
        }
    }

    /// <summary>The first range of a CMap's <c>bfrange</c> sections that is too large, as written (<c>&lt;low&gt; &lt;high&gt;</c>), or <see langword="null"/>.</summary>
    internal static string? FindOversizedRange(ReadOnlySpan<byte> map)
    {
        var at = 0;
        while (true)
        {
            var section = map[at..].IndexOf("beginbfrange"u8);
            if (section < 0)
            {
                return null;
            }

            at += section + "beginbfrange"u8.Length;
            var end = map[at..].IndexOf("endbfrange"u8);
            var body = end < 0 ? map[at..] : map[at..(at + end)];
            if (OversizedIn(body) is { } range)
            {
                return range;
            }

            if (end < 0)
            {
                return null;
            }

            at += end;
        }
    }

    /// <summary>Reads the <c>&lt;low&gt; &lt;high&gt; destination</c> triples of one section; destinations (a hex string or an array) are skipped.</summary>
    private static string? OversizedIn(ReadOnlySpan<byte> body)
    {
        var at = 0;
        while (NextHex(body, ref at) is { } low)
        {
            if (NextHex(body, ref at) is not { } high)
            {
                return null;
            }

            if (Codes(low, high) > MaxCodesPerRange)
            {
                return "<" + low + "> <" + high + ">";
            }

            SkipDestination(body, ref at);
        }

        return null;
    }

    /// <summary>
    /// How many codes PdfPig steps through from <paramref name="low"/> to <paramref name="high"/>. Codes of different
    /// lengths never meet, so they count as unbounded; an odd digit count is padded with 0, as PdfPig reads it.
    /// </summary>
    private static long Codes(string low, string high)
    {
        var bytes = (low.Length + 1) / 2;
        if (bytes != (high.Length + 1) / 2)
        {
            return long.MaxValue;
        }

        // Leading bytes beyond what a long holds must be equal for the range to be countable at all.
        low = low.PadRight(bytes * 2, '0');
        high = high.PadRight(bytes * 2, '0');
        var kept = Math.Min(bytes, 7) * 2;
        if (!low.AsSpan(0, low.Length - kept).Equals(high.AsSpan(0, high.Length - kept), StringComparison.OrdinalIgnoreCase))
        {
            return long.MaxValue;
        }

        if (kept == 0)
        {
            return 1;
        }

        var from = long.Parse(low.AsSpan(low.Length - kept), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var to = long.Parse(high.AsSpan(high.Length - kept), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return Math.Max(1, to - from + 1);
    }

    /// <summary>The hex digits of the next <c>&lt;…&gt;</c> string (whitespace removed), moving past it; <see langword="null"/> at the end.</summary>
    private static string? NextHex(ReadOnlySpan<byte> body, ref int at)
    {
        var open = body[at..].IndexOf((byte)'<');
        if (open < 0)
        {
            at = body.Length;
            return null;
        }

        var start = at + open + 1;
        var close = body[start..].IndexOf((byte)'>');
        if (close < 0)
        {
            at = body.Length;
            return null;
        }

        var digits = new System.Text.StringBuilder(close);
        foreach (var b in body.Slice(start, close))
        {
            if (char.IsAsciiHexDigit((char)b))
            {
                digits.Append((char)b);
            }
        }

        at = start + close + 1;
        return digits.ToString();
    }

    /// <summary>Moves past a range's destination: one hex string, or an array of them.</summary>
    private static void SkipDestination(ReadOnlySpan<byte> body, ref int at)
    {
        while (at < body.Length && (body[at] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0))
        {
            at++;
        }

        if (at < body.Length && body[at] == (byte)'[')
        {
            var close = body[at..].IndexOf((byte)']');
            at = close < 0 ? body.Length : at + close + 1;
            return;
        }

        _ = NextHex(body, ref at);
    }
}
