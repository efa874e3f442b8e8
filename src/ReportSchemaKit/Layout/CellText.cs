using System;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Makes the string of a cell's text. Statistical tables are mostly single digits ("0" hundreds of
/// times), so one-character ASCII cells share cached strings instead of each allocating its own.
/// </summary>
internal static class CellText
{
    private static readonly string[] SingleAscii = CreateSingleAscii();

    public static string Create(ReadOnlySpan<char> text) => text.Length switch
    {
        0 => string.Empty,
        1 when text[0] < SingleAscii.Length => SingleAscii[text[0]],
        _ => new string(text),
    };

    private static string[] CreateSingleAscii()
    {
        var strings = new string[128];
        for (int c = 0; c < strings.Length; c++)
        {
            strings[c] = new string((char)c, 1);
        }

        return strings;
    }
}
