namespace ReportSchemaKit.Text;

/// <summary>The text of a report file and how its bytes were read.</summary>
/// <param name="Text">The decoded text, without the byte order mark.</param>
/// <param name="EncodingName">
/// The encoding that was detected: <c>UTF-8</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c> or <c>GB18030</c>.
/// </param>
/// <param name="HadBom">Whether the bytes started with a byte order mark.</param>
public sealed record DecodedText(string Text, string EncodingName, bool HadBom)
{
    /// <summary>
    /// How many byte sequences were not valid in the encoding and became U+FFFD in <see cref="Text"/>
    /// (a download cut mid-character, a GBK fragment pasted into a UTF-8 page); 0 for clean input.
    /// </summary>
    public int ReplacedSequences { get; init; }
}
