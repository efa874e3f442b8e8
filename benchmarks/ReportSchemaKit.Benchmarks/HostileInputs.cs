using System;
using System.Text;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// Inputs built to hurt a parser, each grown to a requested size by repeating its pattern, so the
/// benchmark can show time and allocation per input byte staying flat as the size grows.
/// </summary>
internal static class HostileInputs
{
    public static readonly string[] Families =
    [
        "OneLongLine", "NestedHtml", "HtmlRows", "NumbersUnderOneLabel", "ValueBlocksUnderOneLabel", "TabRows", "PipeRows", "RepeatedReport", "DamagedUtf8",
    ];

    /// <summary>The input of <paramref name="family"/>, about <paramref name="bytes"/> long.</summary>
    public static byte[] Create(string family, int bytes)
    {
        var text = new StringBuilder(bytes + 4096);
        switch (family)
        {
            case "OneLongLine":
                Fill(text, "数", bytes / 3);
                break;
            case "NestedHtml":
                text.Append("<html><body>");
                Fill(text, "<table><tr><td><div>", bytes);
                break;
            case "HtmlRows":
                text.Append("<table>");
                Fill(text, "<tr><td>收到和处理政府信息公开申请情况</td><td colspan=\"2\">1</td><td>2</td></tr>", bytes);
                text.Append("</table>");
                break;
            case "NumbersUnderOneLabel":
                text.Append(JinshanUpTo("（一）予以公开")).Append("（一）予以公开\n");
                Fill(text, "12\n", bytes);
                break;
            case "ValueBlocksUnderOneLabel":
                // Whole rows' worth of values (seven at a time): every block is a candidate for every row, the alignment's worst case.
                text.Append(JinshanUpTo("（一）予以公开")).Append("（一）予以公开\n");
                Fill(text, "1\n2\n3\n4\n5\n6\n7\n", bytes);
                break;
            case "TabRows":
                Fill(text, "\t1\t2\t3\t4\t5\t6\t7\n", bytes);
                break;
            case "PipeRows":
                Fill(text, "| 予以公开 | 1 | 2 | 3 |\n", bytes);
                break;
            case "RepeatedReport":
                Fill(text, Encoding.UTF8.GetString(BenchmarkInputs.Written(LayoutKind.Lines)), bytes / 3);
                break;
            case "DamagedUtf8":
                return Damaged(Encoding.UTF8.GetBytes(Fill(new StringBuilder(), Encoding.UTF8.GetString(BenchmarkInputs.Written(LayoutKind.Lines)), bytes / 3).ToString()));
            default:
                throw new ArgumentException("No hostile input family " + family, nameof(family));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static StringBuilder Fill(StringBuilder text, string pattern, int length)
    {
        while (text.Length < length)
        {
            text.Append(pattern);
        }

        return text;
    }

    private static string JinshanUpTo(string label)
    {
        var text = Encoding.UTF8.GetString(BenchmarkInputs.Written(LayoutKind.Lines));
        return text[..text.IndexOf(label, StringComparison.Ordinal)];
    }

    // One stray 0xFF every 4 KB: still UTF-8 by the decoder's ratio, with a replacement each time.
    private static byte[] Damaged(byte[] bytes)
    {
        for (int i = 4096; i < bytes.Length; i += 4096)
        {
            bytes[i] = 0xFF;
        }

        return bytes;
    }
}
