using System;

namespace ReportSchemaKit.Generator.Expressions;

/// <summary>An assertion that does not follow the expression grammar; <see cref="Offset"/> is where, from 0.</summary>
internal sealed class ExpressionSyntaxException : Exception
{
    public ExpressionSyntaxException(string message, int offset)
        : base(message) => Offset = offset;

    public ExpressionSyntaxException()
    {
    }

    public ExpressionSyntaxException(string message)
        : base(message)
    {
    }

    public ExpressionSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Offset { get; }
}
