using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Remembers where the last YAML event ended, so that an error YamlDotNet raises without a position
/// (it throws InvalidOperationException on some malformed scalars) can still be located.
/// </summary>
internal sealed class PositionTrackingParser : IParser
{
    private readonly IParser _inner;

    public PositionTrackingParser(IParser inner) => _inner = inner;

    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        var moved = _inner.MoveNext();
        if (_inner.Current is { } current)
        {
            LastEnd = current.End;
        }

        return moved;
    }
}
