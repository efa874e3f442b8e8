using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>
/// A cell of the stream with its comparison key (text) or its kind (values). Kept small: a report has
/// hundreds; the few value cells that get bound are read again by the binder.
/// </summary>
internal readonly record struct Token(SourceCell Cell, string Key, TokenKind Kind)
{
    public bool IsValue => Kind is TokenKind.Number or TokenKind.EmptyMarker or TokenKind.Blank;

    public bool IsText => Kind == TokenKind.Text;
}
