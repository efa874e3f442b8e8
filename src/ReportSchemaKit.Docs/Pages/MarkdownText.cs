using System;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>Text made safe for the places a page puts it.</summary>
internal static class MarkdownText
{
    /// <summary>For a pipe-table cell: one line, pipes escaped.</summary>
    public static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>For a heading or a paragraph: one line.</summary>
    public static string Line(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>As inline code in a table cell; a backtick inside would end the span early, so it is doubled around.</summary>
    public static string Code(string text) =>
        text.Contains('`', StringComparison.Ordinal) ? "`` " + Cell(text) + " ``" : "`" + Cell(text) + "`";
}
