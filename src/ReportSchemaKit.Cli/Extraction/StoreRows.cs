using System;
using DuckDB.NET.Data;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>A file's rows for each table of <see cref="StoreSchema"/>, in the tables' column order.</summary>
internal static class StoreRows
{
    public static void AppendReport(DuckDBAppender appender, int id, ExtractedFile file, DateTime now)
    {
        var row = appender.CreateRow()
            .AppendValue(id)
            .AppendValue(file.Hash?.ToString())
            .AppendValue(file.Path)
            .AppendValue(file.Hash is null ? null : file.Bytes)
            .AppendValue(file.IsReport ? "report" : "unreadable")
            .AppendValue(file.Error)
            .AppendValue(file.Family)
            .AppendValue(file.Version)
            .AppendValue(file.VersionSource)
            .AppendValue(file.Title)
            .AppendValue(file.TitleYear)
            .AppendValue(file.Layout)
            .AppendValue(file.Encoding);
        if (file.IsReport)
        {
            var (values, blank, missing, invalid) = file.CellCounts;
            row.AppendValue((int?)file.Cells.Count)
                .AppendValue((int?)values)
                .AppendValue((int?)blank)
                .AppendValue((int?)missing)
                .AppendValue((int?)invalid)
                .AppendValue((int?)file.FailedRules)
                .AppendValue((int?)file.NotAssessable);
        }
        else
        {
            row.AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue();
        }

        row.AppendValue(ReportStore.ToolVersion).AppendValue(now).EndRow();
    }

    public static void AppendCells(DuckDBAppender appender, int id, ExtractedFile file)
    {
        foreach (var cell in file.Cells)
        {
            appender.CreateRow()
                .AppendValue(id)
                .AppendValue(cell.Key)
                .AppendValue(cell.Value)
                .AppendValue(cell.State)
                .AppendValue(cell.Raw)
                .AppendValue(cell.Line)
                .AppendValue(cell.Column)
                .AppendValue(cell.Page)
                .AppendValue(cell.Binding)
                .EndRow();
        }
    }

    public static void AppendFindings(DuckDBAppender appender, int id, ExtractedFile file)
    {
        foreach (var finding in file.Findings)
        {
            appender.CreateRow()
                .AppendValue(id)
                .AppendValue(finding.RuleId)
                .AppendValue(finding.Severity)
                .AppendValue(finding.Location)
                .AppendValue(finding.Left)
                .AppendValue(finding.Right)
                .AppendValue(finding.Difference)
                .AppendValue<string>(finding.Cells)
                .EndRow();
        }
    }

    public static void AppendDiagnostics(DuckDBAppender appender, int id, ExtractedFile file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            appender.CreateRow()
                .AppendValue(id)
                .AppendValue(diagnostic.Code)
                .AppendValue(diagnostic.Severity.ToString().ToLowerInvariant())
                .AppendValue(diagnostic.Message)
                .AppendValue(diagnostic.CellKey)
                .AppendValue(diagnostic.Position?.Line)
                .AppendValue(diagnostic.Position?.Column)
                .AppendValue(StoredCell.PageOf(diagnostic.Position))
                .EndRow();
        }
    }
}
