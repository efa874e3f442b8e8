using System;

namespace ReportSchemaKit.Layout;

/// <summary>How one line of Markdown relates to a pipe table; shared by the reader and the detector.</summary>
internal static class PipeRow
{
    /// <summary>
    /// Whether the trimmed line is a delimiter row such as <c>---|---|</c> or <c>| :-- | --: |</c>:
    /// only pipes, colons, dashes and spaces, with at least one pipe and one dash.
    /// </summary>
    public static bool IsDelimiter(ReadOnlySpan<char> trimmed)
    {
        bool pipe = false;
        bool dash = false;
        foreach (char c in trimmed)
        {
            switch (c)
            {
                case '|':
                    pipe = true;
                    break;
                case '-':
                    dash = true;
                    break;
                case ':' or ' ' or '\t':
                    break;
                default:
                    return false;
            }
        }

        return pipe && dash;
    }

    /// <summary>
    /// Whether the trimmed line reads as a table row on its own: it starts or ends with a pipe and has at
    /// least two unescaped pipes (a lone trailing <c>|</c> in prose is not a table).
    /// </summary>
    public static bool LooksLikeRow(ReadOnlySpan<char> trimmed) =>
        !trimmed.IsEmpty
        && (trimmed[0] == '|' || IsUnescapedPipeAt(trimmed, trimmed.Length - 1))
        && CountUnescapedPipes(trimmed) >= 2;

    /// <summary>The number of pipes not escaped as <c>\|</c>.</summary>
    public static int CountUnescapedPipes(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = text.IndexOf('|'); i >= 0; i = NextPipe(text, i))
        {
            if (IsUnescapedPipeAt(text, i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="index"/> holds a pipe that is not escaped as <c>\|</c>.</summary>
    public static bool IsUnescapedPipeAt(ReadOnlySpan<char> text, int index) =>
        index >= 0 && text[index] == '|' && (index == 0 || text[index - 1] != '\\');

    private static int NextPipe(ReadOnlySpan<char> text, int current)
    {
        int next = text[(current + 1)..].IndexOf('|');
        return next < 0 ? -1 : current + 1 + next;
    }
}
