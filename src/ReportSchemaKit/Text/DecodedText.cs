namespace ReportSchemaKit.Text;

/// <summary>The text of a report file and how its bytes were read.</summary>
/// <param name="Text">The decoded text, without the byte order mark.</param>
/// <param name="EncodingName">
/// The encoding that was detected: <c>UTF-8</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c> or <c>GB18030</c>.
/// </param>
/// <param name="HadBom">Whether the bytes started with a byte order mark.</param>
public sealed record DecodedText(string Text, string EncodingName, bool HadBom);
