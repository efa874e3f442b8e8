namespace ReportSchemaKit.Parsing.Matching;

/// <summary>
/// What the tokenizer made of the cell at the same index of the cell stream: its comparison key (text)
/// or its kind (values). Kept small — a report has hundreds — so it does not repeat the cell; the few
/// value cells that get bound are read again from the stream by the binder.
/// </summary>
internal readonly record struct Token(string Key, TokenKind Kind)
{
    public bool IsValue => Kind is TokenKind.Number or TokenKind.EmptyMarker or TokenKind.Blank;

    public bool IsText => Kind == TokenKind.Text;
}
