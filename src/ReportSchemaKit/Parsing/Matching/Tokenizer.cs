using System;
using System.Collections.Generic;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>Classifies each cell once: its label key, and whether it is a value.</summary>
internal static class Tokenizer
{
    /// <summary>
    /// Longer cells are prose: no label, heading or title is this long, so they are neither
    /// normalised nor read as numbers — most of a report's bytes are such paragraphs.
    /// </summary>
    public const int MaxLabelLength = 160;

    public static ArraySegment<Token> Tokenize(IReadOnlyList<SourceCell> cells, ParseScratch scratch)
    {
        var tokens = scratch.Tokens(cells.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var cell = cells[i];
            if (cell.Text.Length > MaxLabelLength)
            {
                tokens[i] = new Token(string.Empty, TokenKind.Text);
                continue;
            }

            // Most cells of a statistical table are one digit: no need for the full number grammar.
            if (cell.Text.Length == 1 && char.IsAsciiDigit(cell.Text[0]))
            {
                tokens[i] = new Token(string.Empty, TokenKind.Number);
                continue;
            }

            // A rule of a text table (pandoc's ----------, a box's ────) is drawing, not an empty cell.
            if (IsRule(cell.Text))
            {
                tokens[i] = new Token(string.Empty, TokenKind.PageFurniture);
                continue;
            }

            var kind = CellValueParser.Parse(cell.Text).Kind switch
            {
                CellValueKind.Number => TokenKind.Number,
                CellValueKind.EmptyMarker => TokenKind.EmptyMarker,
                CellValueKind.Blank => TokenKind.Blank,
                _ => IsPageFurniture(cell.Text) ? TokenKind.PageFurniture : TokenKind.Text,
            };
            tokens[i] = new Token(kind == TokenKind.Text ? TextNormalizer.NormalizeLabel(cell.Text) : string.Empty, kind);
        }

        return tokens;
    }

    /// <summary>
    /// Four or more of - ─ ━ = _ + : (spaces between allowed) and nothing else: longer than any dash written as an
    /// empty marker (-, --, ——), as a table's rule is (pandoc's ---------- ----------).
    /// </summary>
    internal static bool IsRule(ReadOnlySpan<char> text)
    {
        var drawn = 0;
        foreach (var c in text)
        {
            if (c is '-' or '\u2500' or '\u2501' or '=' or '_' or '+' or ':')
            {
                drawn++;
            }
            else if (!UnicodeSpaces.IsSpace(c))
            {
                return false;
            }
        }

        return drawn >= 4;
    }

    /// <summary>A page number as converters leave it in a table: "-3-", "— 5 —", "第 2 页", "2/5".</summary>
    internal static bool IsPageFurniture(ReadOnlySpan<char> text) => PageNumbers.IsPageNumber(text);
}
