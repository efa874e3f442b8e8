using System.Linq;
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

    /// <summary>A 2021 report whose every cell holds its ordinal + 1, except the cells given as blank.</summary>
    public static GovInfoReport2021 Distinct2021(params string[] blankKeys) =>
        GovInfoReport2021.FromValues(GovInfoReport2021.TemplateInfo.Cells
            .Select(c => blankKeys.Contains(c.Key) ? null : (decimal?)(c.Ordinal + 1))
            .ToArray());

    /// <summary>The same for 2019.</summary>
    public static GovInfoReport2019 Distinct2019() =>
        GovInfoReport2019.FromValues(GovInfoReport2019.TemplateInfo.Cells.Select(c => (decimal?)(c.Ordinal + 1)).ToArray());
}
