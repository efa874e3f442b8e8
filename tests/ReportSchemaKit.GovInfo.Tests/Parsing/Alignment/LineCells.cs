using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Alignment;

/// <summary>
/// A report in the one-cell-per-line layout as a list of cells, to rearrange the way converters do (labels moved,
/// lost, printed before a block of values; blank cells dropped) before it is joined back into text.
/// </summary>
internal sealed class LineCells
{
    private readonly List<string> _cells;

    public LineCells(IReport report, int year)
    {
        Report = report;
        _cells = [.. LayoutWriter.Write(report, LayoutKind.Lines, year).TrimEnd('\n').Split("\n\n")];
    }

    public IReport Report { get; }

    public TableInfo Requests => Report.Template.Tables.Single(t => t.Id == "Requests");

    public string Text => string.Join("\n\n", _cells) + "\n";

    /// <summary>Where the row's label stands; its values follow it.</summary>
    public int LabelOf(string table, string row)
    {
        var info = Report.Template.Tables.Single(t => t.Id == table).Rows.Single(r => r.Id == row);
        var at = _cells.IndexOf(info.Label);
        Assert.True(at >= 0, "no label " + info.Label);
        return at;
    }

    public int Columns(string table) => Report.Template.Tables.Single(t => t.Id == table).Columns.Count;

    /// <summary>Prints the row's label after its values instead of before them.</summary>
    public LineCells LabelBelowValues(string table, string row)
    {
        var at = LabelOf(table, row);
        var label = _cells[at];
        _cells.RemoveAt(at);
        _cells.Insert(at + Columns(table), label);
        return this;
    }

    /// <summary>Removes the row's label, leaving its values where they are.</summary>
    public LineCells LoseLabel(string table, string row)
    {
        _cells.RemoveAt(LabelOf(table, row));
        return this;
    }

    /// <summary>Removes the row's label and values.</summary>
    public LineCells LoseRow(string table, string row)
    {
        _cells.RemoveRange(LabelOf(table, row), 1 + Columns(table));
        return this;
    }

    /// <summary>Moves the labels of consecutive rows before all their values, as pdftotext's reading order does.</summary>
    public LineCells LabelsBeforeValues(string table, params string[] rows)
    {
        var first = LabelOf(table, rows[0]);
        var labels = new List<string>();
        var values = new List<string>();
        foreach (var row in rows)
        {
            var at = LabelOf(table, row);
            labels.Add(_cells[at]);
            values.AddRange(_cells.GetRange(at + 1, Columns(table)));
            _cells.RemoveRange(at, 1 + Columns(table));
        }

        _cells.InsertRange(first, labels.Concat(values));
        return this;
    }

    /// <summary>Drops the row's blank cells (written as a no-break space), as a rendering that loses blanks does.</summary>
    public LineCells DropBlanks(string table, string row)
    {
        var at = LabelOf(table, row);
        for (var i = at + Columns(table); i > at; i--)
        {
            if (_cells[i].Trim('\u00A0').Length == 0)
            {
                _cells.RemoveAt(i);
            }
        }

        return this;
    }

    /// <summary>Replaces every cell from the one reading <paramref name="from"/> to the end.</summary>
    public LineCells ReplaceFrom(string from, IEnumerable<string> cells)
    {
        var at = _cells.IndexOf(from);
        Assert.True(at >= 0, "no cell " + from);
        _cells.RemoveRange(at, _cells.Count - at);
        _cells.AddRange(cells);
        return this;
    }
}
