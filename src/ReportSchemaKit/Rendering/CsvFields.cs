using System;
using System.Collections.Generic;
using System.Text;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Rendering;

/// <summary>RFC 4180 fields: writing with quotes where needed, and splitting a document into records with positions.</summary>
internal static class CsvFields
{
    public static void AppendLine(StringBuilder csv, ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }

        csv.Append('\n');
    }

    /// <summary>The records of a document, each with the position of its first character; empty lines are skipped.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or text follows a closing quote.</exception>
    public static IEnumerable<(SourcePosition Position, List<string> Fields)> Records(string text)
    {
        var line = 1;
        var column = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is '\r' or '\n')
            {
                NewLine(text, ref i, ref line, ref column);
                continue;
            }

            var start = new SourcePosition(line, column);
            var fields = new List<string>();
            var field = new StringBuilder();
            while (true)
            {
                if (i < text.Length && text[i] == '"' && field.Length == 0)
                {
                    var quoteAt = new SourcePosition(line, column);
                    i++;
                    column++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new FormatException($"CSV {quoteAt}: the quoted field is not closed.");
                        }

                        if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            column += 2;
                        }
                        else if (text[i] == '"')
                        {
                            i++;
                            column++;
                            break;
                        }
                        else if (text[i] is '\r' or '\n')
                        {
                            field.Append('\n');
                            NewLine(text, ref i, ref line, ref column);
                        }
                        else
                        {
                            field.Append(text[i++]);
                            column++;
                        }
                    }

                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new FormatException($"CSV {new SourcePosition(line, column)}: a comma or the end of the line was expected after the closing quote.");
                    }
                }

                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    field.Append(text[i++]);
                    column++;
                }

                fields.Add(field.ToString());
                field.Clear();
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    column++;
                    continue;
                }

                break;
            }

            yield return (start, fields);
        }
    }

    private static void NewLine(string text, ref int i, ref int line, ref int column)
    {
        i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        line++;
        column = 1;
    }
}
