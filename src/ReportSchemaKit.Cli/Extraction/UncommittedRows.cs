using System.Collections.Generic;
using System.Linq;
using DuckDB.NET.Data;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Removes what a killed run's last, uncommitted batch may have left behind. DuckDB writes a large append (a
/// batch's cells: three row groups of 122,880 rows) to the database file before the commit, and after a kill in
/// the middle of that commit it can bring those rows back while the batch's small appends (its reports) are gone:
/// one of 40 runs killed during their first batches left a batch's cells without their reports. Such rows would be
/// taken for part of the reports stored next under the same ids. Batches commit in the order of their report ids,
/// and a batch's reports (2,000 at most) are never enough rows to be written ahead, so a row whose report id is
/// above every stored report's belongs to no committed batch.
/// </summary>
internal static class UncommittedRows
{
    /// <summary>Deletes the rows no stored report owns; returns how many, by table.</summary>
    public static (string Table, long Rows)[] Remove(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var removed = new List<(string, long)>();
        foreach (var table in StoreSchema.ReportTables.Where(table => table != "reports"))
        {
            // Report ids grow with the order rows were appended in, so DuckDB skips every row group but the last few.
            var rows = ReportStore.Execute(connection, $"DELETE FROM {table} WHERE report_id > (SELECT coalesce(max(report_id), 0) FROM reports)");
            if (rows > 0)
            {
                removed.Add((table, rows));
            }
        }

        transaction.Commit();
        return [.. removed];
    }
}
