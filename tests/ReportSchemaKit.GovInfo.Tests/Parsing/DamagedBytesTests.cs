using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportSchemaKit.Parsing;
using static ReportSchemaKit.GovInfo.Tests.Parsing.ParsingFixtures;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>A UTF-8 report with a few damaged bytes is still read as UTF-8, keeps every undamaged cell, and says where the damage is.</summary>
public sealed class DamagedBytesTests
{
    [Fact]
    public void Invalid_bytes_in_a_utf8_report_are_a_located_warning_and_the_other_cells_keep_their_values()
    {
        byte[] clean = CorpusBytes("2023-jinshan-f2021-lines");
        var newlines = Enumerable.Range(0, clean.Length).Where(i => clean[i] == (byte)'\n').ToArray();
        var damagedLines = new[] { 3, 40, 41, 150, 200 }; // 1-based lines that get a stray 0xFF before their end
        var damaged = new List<byte>(clean);
        foreach (int line in damagedLines.OrderDescending())
        {
            damaged.Insert(newlines[line - 1], 0xFF);
        }

        var expected = ReportTemplates.Parse(clean);
        var result = ReportTemplates.Parse(damaged.ToArray());

        Assert.Equal("UTF-8", result.EncodingName);
        var warning = Single(result, ParseCodes.UndecodableBytes);
        Assert.Equal(ParseSeverity.Warning, warning.Severity);
        Assert.Equal("5 byte sequences were not valid UTF-8 and read as U+FFFD (\uFFFD); a value there cannot be trusted", warning.Message);
        Assert.Equal(3, warning.Position!.Value.Line);
        Assert.True(result.HasReport);
        foreach (var cell in result.Template!.Cells)
        {
            if (expected.Cells[cell.Ordinal].Position is { } at && damagedLines.Contains(at.Line))
            {
                continue;
            }

            Assert.Equal(expected.Report!.GetValue(cell.Ordinal), result.Report!.GetValue(cell.Ordinal));
        }
    }

    [Fact]
    public void A_clean_report_has_no_decoding_warning()
    {
        var result = ReportTemplates.Parse(CorpusBytes("2023-jinshan-f2021-lines"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ParseCodes.UndecodableBytes);
    }
}
