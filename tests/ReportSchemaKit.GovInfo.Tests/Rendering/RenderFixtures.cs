using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.GovInfo.Tests.Validation;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>Reports the rendering tests start from.</summary>
internal static class RenderFixtures
{
    public const string Jinshan = "2023-jinshan-f2021-lines";

    /// <summary>The jinshan corpus report, parsed, with its title and the failures of its own rules.</summary>
    public static (ReportParseResult Parsed, RenderOptions Options) JinshanWithFindings()
    {
        var parsed = ValidationFixtures.ParseCorpus(Jinshan);
        return (parsed, RenderOptions.FromParseResult(parsed));
    }

    /// <summary>
    /// The jinshan corpus report with its prose changed to state 3 new applications where the table has 1
    /// (and the text said 1), parsed, with the options <see cref="RenderOptions.FromParseResult"/> gives.
    /// </summary>
    public static (ReportParseResult Parsed, RenderOptions Options) JinshanStatingThree()
    {
        var text = File.ReadAllText(Path.Combine(SharedFiles.Directory, "corpus", Jinshan + ".txt"));
        const string Stated = "2023年我镇受理依申请公开1件。";
        Assert.Contains(Stated, text, StringComparison.Ordinal);
        var parsed = ReportParser.Parse(Encoding.UTF8.GetBytes(text.Replace(Stated, "2023年我镇受理依申请公开3件。", StringComparison.Ordinal)), ReportTemplates.Catalog);
        Assert.True(parsed.HasReport, string.Join(Environment.NewLine, parsed.Diagnostics));
        return (parsed, RenderOptions.FromParseResult(parsed));
    }

    /// <summary>A 2021 report whose every cell holds its ordinal + 1, except the cells given as blank.</summary>
    public static GovInfoReport2021 Distinct2021(params string[] blankKeys) =>
        GovInfoReport2021.FromValues(GovInfoReport2021.TemplateInfo.Cells
            .Select(c => blankKeys.Contains(c.Key) ? null : (decimal?)(c.Ordinal + 1))
            .ToArray());

    /// <summary>The same for 2019.</summary>
    public static GovInfoReport2019 Distinct2019() =>
        GovInfoReport2019.FromValues(GovInfoReport2019.TemplateInfo.Cells.Select(c => (decimal?)(c.Ordinal + 1)).ToArray());
}
