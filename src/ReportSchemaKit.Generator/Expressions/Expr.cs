using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Expressions;

/// <summary>A rule assertion's arithmetic: numbers, names, sums and places(). Records, so specs stay equatable.</summary>
internal abstract record Expr;

/// <summary>A number literal as written (invariant culture).</summary>
internal sealed record NumberExpr(string Text) : Expr;

/// <summary>
/// A name: a row id, a column id, a full key <c>Table.Row.Column</c>, or <c>value</c>/<c>scale</c>
/// in cell rules; <see cref="Previous"/> where it reads the previous year's report.
/// </summary>
internal sealed record NameExpr(bool Previous, EquatableArray<string> Parts, int Offset) : Expr
{
    public string Dotted => string.Join(".", Parts);
}

/// <summary><c>sum(A..B)</c>: every row (or column) from A through B in printed order.</summary>
internal sealed record SumRangeExpr(NameExpr From, NameExpr To) : Expr;

/// <summary><c>places(x)</c>: the number of decimal places of a value.</summary>
internal sealed record PlacesExpr(Expr Argument) : Expr;

/// <summary>Addition or subtraction.</summary>
internal sealed record BinaryExpr(Expr Left, char Operator, Expr Right) : Expr;

/// <summary>The assertion: two sides and a comparison operator (==, !=, &lt;=, &gt;=, &lt;, &gt;).</summary>
internal sealed record Comparison(Expr Left, string Operator, Expr Right);
