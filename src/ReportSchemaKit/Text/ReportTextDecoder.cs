using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Text.Unicode;

namespace ReportSchemaKit.Text;

/// <summary>
/// Turns the bytes of a report file into text. The encoding is detected from the bytes, never
/// assumed: Chinese agencies publish UTF-8 and GBK/GB2312 files side by side, usually without saying which.
/// </summary>
public static class ReportTextDecoder
{
    // GB18030 is a superset of GBK and GB2312, so one decoder reads all three. The provider is asked
    // directly instead of being registered with Encoding.RegisterProvider, which would change
    // process-wide behaviour for code that is not ours.
    // Undecodable bytes become U+FFFD, not the code page's default '?', which would pass for text.
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("The GB18030 code page (54936) is not available.");

    private const int BinarySampleLength = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Gb18030Bom => [0x84, 0x31, 0x95, 0x33];

    /// <summary>
    /// Decodes a report. A byte order mark decides first (UTF-8, UTF-16 LE, UTF-16 BE, or the GB18030
    /// mark <c>84 31 95 33</c>); without one, bytes that are valid UTF-8 are UTF-8; bytes that are UTF-8
    /// apart from a few damaged sequences (at most one in <see cref="DamagedUtf8Ratio"/> of the multi-byte
    /// sequences) are UTF-8 with U+FFFD in place of each damaged one; anything else is read as GB18030,
    /// which also covers GBK and GB2312. <see cref="DecodedText.ReplacedSequences"/> counts the U+FFFD
    /// the decoding put in.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <returns>The text without its byte order mark, the encoding's name and whether a mark was present.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes[3..]), "UTF-8", HadBom: true);
        }

        if (bytes.StartsWith(Utf16LeBom))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE", HadBom: true);
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE", HadBom: true);
        }

        if (bytes.StartsWith(Gb18030Bom))
        {
            return new DecodedText(Gb18030.GetString(bytes[4..]), "GB18030", HadBom: true);
        }

        if (TryDecodeUtf8(bytes, out string? text))
        {
            return new DecodedText(text, "UTF-8", HadBom: false);
        }

        var (valid, invalid) = CountUtf8Sequences(bytes);
        if (invalid * (long)DamagedUtf8Ratio <= valid)
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "UTF-8", HadBom: false) { ReplacedSequences = invalid };
        }

        string gb = Gb18030.GetString(bytes);
        return new DecodedText(gb, "GB18030", HadBom: false) { ReplacedSequences = gb.AsSpan().Count(ReplacementCharacter) };
    }

    // GBK text read as UTF-8 is almost all invalid sequences, while UTF-8 Chinese text with a few damaged
    // bytes is almost all valid ones: twenty valid multi-byte sequences to one damaged tells them apart.
    private const int DamagedUtf8Ratio = 20;

    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>Counts the valid multi-byte UTF-8 sequences and the invalid ones (as the decoder would replace them).</summary>
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            int ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            OperationStatus status = Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[consumed..];
        }

        return (valid, invalid);
    }

    // Validates and transcodes in one pass (instead of checking validity, then counting, then decoding).
    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            OperationStatus status = Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false);
            text = status == OperationStatus.Done ? new string(buffer, 0, written) : null;
            return text is not null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether the bytes are most likely not a text report (a PDF, an image, a Word file), so the caller
    /// can say "binary file" instead of showing mojibake. Looks at the first 64 KiB: after a UTF-16 byte
    /// order mark, any U+0000 or more than one control character in 32 says binary; otherwise any NUL
    /// byte, or more than one control byte in 32, says binary. Tab, line feed, vertical tab, form feed,
    /// carriage return and escape are not counted as control characters.
    /// </summary>
    /// <param name="bytes">The file, or at least its beginning.</param>
    /// <returns><see langword="true"/> when the bytes do not look like text.</returns>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf16LeBom) || bytes.StartsWith(Utf16BeBom))
        {
            return Utf16LooksBinary(bytes[2..], bigEndian: bytes.StartsWith(Utf16BeBom));
        }

        ReadOnlySpan<byte> sample = bytes.Length > BinarySampleLength ? bytes[..BinarySampleLength] : bytes;
        if (sample.Contains((byte)0))
        {
            return true;
        }

        // Controls are rare in text: a vectorized search jumps from one to the next.
        int controls = 0;
        var rest = sample;
        for (int at; (at = rest.IndexOfAny(BinaryControls)) >= 0; rest = rest[(at + 1)..])
        {
            controls++;
        }

        return IsTooManyControls(controls, sample.Length);
    }

    private static bool Utf16LooksBinary(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        int length = Math.Min(bytes.Length, BinarySampleLength) & ~1;
        int units = length / 2;
        int controls = 0;
        for (int i = 0; i < length; i += 2)
        {
            int unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
            if (unit == 0)
            {
                return true;
            }

            if (unit < 0x80 && IsBinaryControl((byte)unit))
            {
                controls++;
            }
        }

        return IsTooManyControls(controls, units);
    }

    // Bytes that do not occur in text: C0 controls other than \t \n \v \f \r and ESC (ANSI colour
    // codes in copied logs), plus DEL.
    private static readonly SearchValues<byte> BinaryControls = SearchValues.Create(
        Enumerable.Range(0, 0x80).Select(b => (byte)b).Where(IsBinaryControl).ToArray());

    private static bool IsBinaryControl(byte b) =>
        b == 0x7F || (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or 0x0B or 0x0C or (byte)'\r' or 0x1B));

    private static bool IsTooManyControls(int controls, int total) => controls * 32L > total;
}
