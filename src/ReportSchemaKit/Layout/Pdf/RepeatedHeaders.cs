using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Recognises the header rows that word processors print again at the top of the next page when a table crosses
/// a page break, so that they are read once. A table is a run of ruled rows; its header is its first few rows.
/// Where a page ends inside a table and the next page starts with ruled rows, those rows are dropped for as long
/// as they repeat the header, row for row (labels compared as the matcher compares them).
/// </summary>
internal sealed class RepeatedHeaders
{
    // Official tables have up to four header rows (section 四's two-level header under its captions).
    private const int MaxHeaderRows = 4;

    private readonly List<string> _header = [];
    private bool _inTable;

    /// <summary>Removes the repeated header rows at the start of <paramref name="rows"/> (one page), and notes where this page's tables stand.</summary>
    public void Filter(List<PdfRow> rows)
    {
        if (_inTable && rows.Count > 0 && rows[0].Ruled)
        {
            var repeated = 0;
            while (repeated < rows.Count && repeated < _header.Count && rows[repeated].Ruled && Key(rows[repeated]) == _header[repeated])
            {
                repeated++;
            }

            rows.RemoveRange(0, repeated);
        }
        else
        {
            _inTable = false;
        }

        foreach (var row in rows)
        {
            if (!row.Ruled)
            {
                _inTable = false;
                continue;
            }

            if (!_inTable)
            {
                _header.Clear();
                _inTable = true;
            }

            if (_header.Count < MaxHeaderRows)
            {
                _header.Add(Key(row));
            }
        }
    }

    private static string Key(PdfRow row) => string.Join('|', row.Cells.Select(c => TextNormalizer.NormalizeLabel(c.Text)));
}
