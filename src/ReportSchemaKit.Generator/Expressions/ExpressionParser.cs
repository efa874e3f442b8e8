using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Expressions;

/// <summary>
/// Recursive-descent parser for rule assertions and claim values (a claim's value is one <c>sum</c>):
/// <code>
/// comparison := sum ('==' | '!=' | '&lt;=' | '&gt;=' | '&lt;' | '&gt;') sum
/// sum        := term (('+' | '-') term)*
/// term       := number | name | 'sum' '(' name '..' name ')' | 'places' '(' sum ')' | '(' sum ')'
/// name       := ['previous' '.'] ident ('.' ident)*
/// </code>
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[] ComparisonOperators = ["==", "!=", "<=", ">=", "<", ">"];

    private readonly string _text;
    private int _position;

    private ExpressionParser(string text) => _text = text;

    /// <exception cref="ExpressionSyntaxException">The text is not a comparison.</exception>
    public static Comparison Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var left = parser.ParseSum();
        parser.SkipSpaces();
        var op = parser.ReadComparisonOperator();
        var right = parser.ParseSum();
        parser.SkipSpaces();
        if (parser._position < text.Length)
        {
            throw new ExpressionSyntaxException($"unexpected '{text[parser._position]}' after the assertion's end", parser._position);
        }

        return new Comparison(left, op, right);
    }

    /// <summary>Parses one side alone, as a claim's <c>value</c> is written: the cells a narrative figure must equal.</summary>
    /// <exception cref="ExpressionSyntaxException">The text is not a sum of names and numbers.</exception>
    public static Expr ParseSum(string text)
    {
        var parser = new ExpressionParser(text);
        var sum = parser.ParseSum();
        parser.SkipSpaces();
        if (parser._position < text.Length)
        {
            var hint = ComparisonOperators.Any(op => string.CompareOrdinal(text, parser._position, op, 0, op.Length) == 0)
                ? "a claim's value is the cells the figure must equal, without a comparison"
                : "expected '+' or '-'";
            throw new ExpressionSyntaxException($"unexpected '{text[parser._position]}': {hint}", parser._position);
        }

        return sum;
    }

    private string ReadComparisonOperator()
    {
        foreach (var op in ComparisonOperators)
        {
            if (string.CompareOrdinal(_text, _position, op, 0, op.Length) == 0)
            {
                _position += op.Length;
                return op;
            }
        }

        if (_position < _text.Length && _text[_position] == '=')
        {
            throw new ExpressionSyntaxException("write '==' to compare, not '='", _position);
        }

        throw new ExpressionSyntaxException("expected a comparison: ==, !=, <=, >=, < or >", _position);
    }

    private Expr ParseSum()
    {
        var left = ParseTerm();
        while (true)
        {
            SkipSpaces();
            if (_position >= _text.Length || (_text[_position] != '+' && _text[_position] != '-'))
            {
                return left;
            }

            var op = _text[_position++];
            left = new BinaryExpr(left, op, ParseTerm());
        }
    }

    private Expr ParseTerm()
    {
        SkipSpaces();
        if (_position >= _text.Length)
        {
            throw new ExpressionSyntaxException("expected a name, a number, sum(A..B) or places(x), found the end", _position);
        }

        var c = _text[_position];
        if (c == '(')
        {
            _position++;
            var inner = ParseSum();
            Expect(')');
            return inner;
        }

        if (char.IsDigit(c))
        {
            return ParseNumber();
        }

        if (IsIdentifierStart(c))
        {
            var name = ParseName();
            SkipSpaces();
            if (_position < _text.Length && _text[_position] == '(' && name.Parts.Count == 1 && !name.Previous)
            {
                return ParseCall(name);
            }

            return name;
        }

        throw new ExpressionSyntaxException($"unexpected '{c}': expected a name, a number, sum(A..B) or places(x)", _position);
    }

    private Expr ParseCall(NameExpr function)
    {
        _position++;
        switch (function.Parts[0])
        {
            case "sum":
                SkipSpaces();
                var from = ParseName();
                SkipSpaces();
                if (string.CompareOrdinal(_text, _position, "..", 0, 2) != 0)
                {
                    throw new ExpressionSyntaxException("sum takes a range: sum(First..Last)", _position);
                }

                _position += 2;
                SkipSpaces();
                var to = ParseName();
                Expect(')');
                return new SumRangeExpr(from, to);
            case "places":
                var argument = ParseSum();
                Expect(')');
                return new PlacesExpr(argument);
            default:
                throw new ExpressionSyntaxException($"unknown function '{function.Parts[0]}': the functions are sum(A..B) and places(x)", function.Offset);
        }
    }

    private NameExpr ParseName()
    {
        var start = _position;
        var parts = new List<string> { ReadIdentifier() };
        while (_position + 1 < _text.Length && _text[_position] == '.' && _text[_position + 1] != '.')
        {
            _position++;
            parts.Add(ReadIdentifier());
        }

        var previous = parts.Count > 1 && parts[0] == "previous";
        if (previous)
        {
            parts.RemoveAt(0);
        }

        return new NameExpr(previous, parts.ToEquatableArray(), start);
    }

    private string ReadIdentifier()
    {
        if (_position >= _text.Length || !IsIdentifierStart(_text[_position]))
        {
            throw new ExpressionSyntaxException("expected a name", _position);
        }

        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text.Substring(start, _position - start);
    }

    private NumberExpr ParseNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '.')
               && !(_text[_position] == '.' && _position + 1 < _text.Length && _text[_position + 1] == '.'))
        {
            _position++;
        }

        var literal = _text.Substring(start, _position - start);
        if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            throw new ExpressionSyntaxException($"'{literal}' is not a number", start);
        }

        return new NumberExpr(literal);
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (_position >= _text.Length || _text[_position] != c)
        {
            throw new ExpressionSyntaxException($"expected '{c}'", _position);
        }

        _position++;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private static bool IsIdentifierStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
