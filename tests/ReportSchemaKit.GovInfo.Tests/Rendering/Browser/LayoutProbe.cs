namespace ReportSchemaKit.GovInfo.Tests.Rendering.Browser;

/// <summary>
/// A script the test adds to the page: once the browser has laid it out, it records every table cell — its
/// spans, text, key, classes, title, computed background and the box the browser gave it — as JSON in a
/// hidden <c>pre</c>, which <c>--dump-dom</c> then returns. The DOM alone would only repeat the markup; the
/// boxes are what show the layout really came out as printed.
/// </summary>
internal static class LayoutProbe
{
    public const string ElementId = "layout-report";

    public const string Script = """
        <pre id="layout-report" hidden></pre>
        <script>
        (function () {
          const box = element => { const r = element.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
          const tables = [...document.querySelectorAll('table.rsk-table')].map(table => ({
            id: table.dataset.table,
            rows: [...table.rows].map(row => [...row.cells].map(cell => ({
              tag: cell.tagName.toLowerCase(),
              text: cell.textContent,
              key: cell.dataset.key || null,
              rowSpan: cell.rowSpan,
              colSpan: cell.colSpan,
              classes: cell.className,
              title: cell.title || null,
              background: getComputedStyle(cell).backgroundColor,
              box: box(cell),
            }))),
          }));
          document.getElementById('layout-report').textContent = JSON.stringify({ tables });
        })();
        </script>
        """;

    /// <summary>The page with the probe added at the end of its body.</summary>
    public static string AddTo(string html)
    {
        var end = html.LastIndexOf("</body>", System.StringComparison.Ordinal);
        Assert.True(end >= 0, "The page has no </body>");
        return html.Insert(end, Script + "\n");
    }
}
