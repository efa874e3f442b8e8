using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>A cell of the stream with its comparison key and, for values, what it says.</summary>
internal readonly record struct Token(SourceCell Cell, string Key, TokenKind Kind, CellValueParse Value)
{
    public bool IsValue => Kind is TokenKind.Number or TokenKind.EmptyMarker or TokenKind.Blank;

    public bool IsText => Kind == TokenKind.Text;
}
