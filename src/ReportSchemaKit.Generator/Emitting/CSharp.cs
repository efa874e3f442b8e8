using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.Generator.Emitting;

/// <summary>Renders values as C# source: string literals, collection expressions and doc-comment text.</summary>
internal static class CSharp
{
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string StringArray(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Literal)) + "]";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string NullableInt(int? value) => value is null ? "null" : Int(value.Value);

    /// <summary>Text for a <c>/// &lt;summary&gt;</c>: XML-escaped and on one line.</summary>
    public static string Doc(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var oneLine = string.Join(" ", text!.Split(['\r', '\n'], System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return oneLine.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
