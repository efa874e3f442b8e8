using System.Globalization;
using System.Linq;
using ReportSchemaKit.Cli.Extraction;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>The reports an earlier reportkit stored, for tests that build its database by hand: rows of other tables belong to a report.</summary>
internal static class EarlierReports
{
    /// <summary>SQL creating the reports table with a stored report under each id.</summary>
    public static string Sql(params int[] ids) =>
        StoreSchema.ReportsTable + string.Concat(ids.Select(id => string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO reports (report_id, sha256, path, status, reportkit_version, extracted_at) VALUES ({id}, '{id:x64}', 'earlier/{id}.txt', 'report', '0.0.1-earlier', TIMESTAMP '2025-01-01 00:00:00');")));
}
