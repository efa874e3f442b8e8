using System;
using System.Collections.Generic;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// One open transaction of <see cref="ReportStore"/>: each file is appended as it arrives (its report, cells,
/// findings and diagnostics through DuckDB's appenders), and <see cref="Commit"/> stores them all at once. A run
/// killed before the commit leaves none of them; DuckDB's write-ahead log drops the open transaction on the next
/// open. Only a small summary of each file is kept until the commit, for the run's counts.
/// </summary>
internal sealed class StoreBatch : IDisposable
{
    private readonly ReportStore store;
    private readonly DuckDBConnection connection;
    private readonly DuckDBTransaction transaction;
    private readonly DuckDBAppender reports;
    private readonly DuckDBAppender cells;
    private readonly DuckDBAppender findings;
    private readonly DuckDBAppender diagnostics;
    private readonly DateTime now = DateTime.UtcNow;
    private readonly Stopwatch age = Stopwatch.StartNew();
    private readonly List<StoredFile> files = [];
    private readonly List<int> replacedIds = [];
    private readonly List<(ContentHash? Hash, string Path)> retried = [];
    private int nextId;
    private bool finished;
    private bool appendersClosed;

    internal StoreBatch(ReportStore store, DuckDBConnection connection, int firstId)
    {
        this.store = store;
        this.connection = connection;
        nextId = firstId;
        transaction = connection.BeginTransaction();
        reports = connection.CreateAppender("reports");
        cells = connection.CreateAppender("cells");
        findings = connection.CreateAppender("findings");
        diagnostics = connection.CreateAppender("diagnostics");
    }

    /// <summary>Files appended so far.</summary>
    public int Count => files.Count;

    /// <summary>Cell rows appended so far.</summary>
    public long CellRows { get; private set; }

    /// <summary>Time since the batch was opened.</summary>
    public TimeSpan Age => age.Elapsed;

    /// <summary>Appends the file's rows under the next report id.</summary>
    public void Append(ExtractedFile file)
    {
        try
        {
            if (store.RetriedId(file) is { } old)
            {
                replacedIds.Add(old);
                retried.Add((file.Hash, file.Path));
            }

            var id = nextId;
            StoreRows.AppendReport(reports, id, file, now);
            StoreRows.AppendCells(cells, id, file);
            StoreRows.AppendFindings(findings, id, file);
            StoreRows.AppendDiagnostics(diagnostics, id, file);
            nextId++;
            CellRows += file.Cells.Count;
            files.Add(StoredFile.Of(file));
        }
        catch (DuckDBException exception)
        {
            throw new StoreException($"{store.Path}: cannot write: {ReportStore.OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>Stores every appended file (replacing the old rows of files tried again) and returns their summaries.</summary>
    public IReadOnlyList<StoredFile> Commit()
    {
        try
        {
            // The appenders hand their last rows to the transaction when closed.
            CloseAppenders();
            if (replacedIds.Count > 0)
            {
                var list = string.Join(",", replacedIds);
                foreach (var table in StoreSchema.ReportTables)
                {
                    ReportStore.Execute(connection, $"DELETE FROM {table} WHERE report_id IN ({list})");
                }
            }

            transaction.Commit();
            finished = true;
            store.Committed(nextId, retried);
            return files;
        }
        catch (DuckDBException exception)
        {
            throw new StoreException($"{store.Path}: cannot write: {ReportStore.OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>Rolls back what was not committed.</summary>
    public void Dispose()
    {
        if (!finished)
        {
            finished = true;
            try
            {
                CloseAppenders();
            }
            catch (DuckDBException)
            {
                // The batch is being abandoned after a failure already reported; the rollback below discards it.
            }
        }

        transaction.Dispose();
    }

    private void CloseAppenders()
    {
        if (appendersClosed)
        {
            return;
        }

        appendersClosed = true;
        reports.Dispose();
        cells.Dispose();
        findings.Dispose();
        diagnostics.Dispose();
    }
}
