using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using DuckDB.NET.Data;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The DuckDB database <c>extract</c> writes, through one connection (DuckDB takes one writing process). Each batch
/// of files is one transaction holding their reports, cells, findings and diagnostics together, appended through
/// DuckDB's appender inside the transaction: a run killed at any moment leaves every committed batch whole and no
/// part of the batch it was writing (DuckDB's write-ahead log drops an uncommitted transaction on the next open).
/// </summary>
internal sealed class ReportStore : IDisposable
{
    /// <summary>
    /// DuckDB's buffer pool; without a limit it would take most of the machine's memory. The writer only appends, so
    /// a small pool costs nothing measurable (over 100,000 reports: the same rate as with 64 MB, and resident memory
    /// about 80 MB lower).
    /// </summary>
    private const string MemoryLimit = "32MB";

    /// <summary>
    /// DuckDB's allocator keeps freed memory for reuse until it holds this much; the default (128 MB) kept the
    /// process's resident memory about 35 MB higher (measured over 3,000 reports: 286 MB against 250 MB). Its
    /// background thread returns the rest to the system between checkpoints instead of at the next allocation.
    /// </summary>
    private const string AllocatorFlushThreshold = "4MB";

    /// <summary>
    /// DuckDB checkpoints (moves what its write-ahead log holds into the database file) when the log reaches this
    /// size; the default, 16 MB, is reached every few commits here, and the one writer waits for each checkpoint.
    /// 100,000 reports took 61.7 s at 16 MB, 47.3 s at 32 MB and 44.5 s at 64 MB, with the same peak memory (354-358
    /// MB). A much larger log does not fit the 32 MB pool: at 1 GB the run failed after about 39,000 reports.
    /// </summary>
    private const string CheckpointThreshold = "64MB";

    /// <summary>
    /// No vacuum tasks in the writer's checkpoints. A vacuum merges a few small row groups (each commit leaves one),
    /// but a checkpoint that merges any also loads, and keeps until the database is closed, the column metadata of
    /// row groups it did not change (in a heap profile: DuckDB's column segments, loaded by the checkpoint's
    /// row-group writer), memory that grows with the table. Adding 100,000 reports to a three-million-report
    /// database, resident memory jumped from about 145 MB to 265-320 MB at the first checkpoint that vacuumed;
    /// without vacuum it stayed at 125-157 MB, and checkpoints took 1-2 s instead of up to 5.6 s. Left unmerged,
    /// the small row groups cost a little space; rows deleted (a file tried again) are only marked as deleted.
    /// </summary>
    private const string MaxVacuumTasks = "0";

    /// <summary>
    /// DuckDB keeps what it knows of every row group written through an open database (segments, statistics) until
    /// it is closed: about 35 MB more for each million reports' rows. Closing and reopening it every this many
    /// reports keeps that bounded (measured with DuckDB alone over 600,000 reports' rows: resident memory between
    /// commits 62 → 83 MB without, back to 15 MB at each reopen with, and 14% faster); a reopen costs a checkpoint
    /// DuckDB would make anyway.
    /// </summary>
    private const int ReopenEvery = 100_000;

    private readonly int reopenEvery;
    private DuckDBConnection connection;
    private int storedSinceOpen;
    private readonly ContentHashFilter seen;
    private readonly HashSet<string> unreadPathsThisRun = new(StringComparer.Ordinal);
    private readonly Dictionary<ContentHash, int> retry;
    private readonly Dictionary<string, int> retryPaths;
    private int nextReportId;

    private ReportStore(string path, DuckDBConnection connection, StoredState state, ContentHashFilter seen, (string Table, long Rows)[] removed, int reopenEvery)
    {
        RemovedAtOpen = removed;
        this.reopenEvery = reopenEvery;
        this.seen = seen;
        Path = path;
        this.connection = connection;
        State = state;
        retry = state.Retry;
        retryPaths = state.RetryPaths;
        nextReportId = state.NextReportId;
    }

    public string Path { get; }

    /// <summary>How many times the run closed and reopened the database.</summary>
    internal int Reopened { get; private set; }

    /// <summary>Rows a killed run's uncommitted batch had left without their report, removed on opening (<see cref="UncommittedRows"/>).</summary>
    public IReadOnlyList<(string Table, long Rows)> RemovedAtOpen { get; }

    /// <summary>What the database held when it was opened.</summary>
    public StoredState State { get; }

    /// <summary>This reportkit's version, stored with every row so a later version knows which unreadable files to try again.</summary>
    public static string ToolVersion { get; } =
        typeof(ReportStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Opens or creates the database and its tables; throws <see cref="StoreException"/> with a clear message where it cannot.</summary>
    public static ReportStore Open(string path) => Open(path, ReopenEvery, ContentHashFilter.DefaultSizeLog2);

    /// <summary>
    /// Opens the database, closing and reopening it each time this many more files are stored, with a filter of
    /// 2^<paramref name="filterSizeLog2"/> bits (tests use few files between reopens and small filters).
    /// </summary>
    internal static ReportStore Open(string path, int reopenEvery, int filterSizeLog2)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"{full}: cannot create the database: the directory {directory} does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new StoreException($"{full}: is a directory; --db names the database file");
        }

        DuckDBConnection? connection = null;
        try
        {
            connection = Connect(full);
            CellEnums.CreateTypes(connection);
            Execute(connection, StoreSchema.Create);
            CellEnums.WidenWhereOutdated(connection);
            FindingCellsFromText.ConvertWhereText(connection);
            var removed = UncommittedRows.Remove(connection);
            RefreshTemplateTables(connection);
            var seen = new ContentHashFilter(filterSizeLog2);
            var state = LoadState(connection, seen);
            return new ReportStore(full, connection, state, seen, removed, reopenEvery);
        }
        catch (DuckDBException exception)
        {
            connection?.Dispose();
            throw new StoreException($"{full}: cannot open the database: {OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>
    /// False where the content is certainly not stored, nor taken by this run; true where it may be, to be confirmed
    /// by <see cref="StoredAmong"/>. For the parse workers, which need not parse what is stored.
    /// </summary>
    public bool MayHold(ContentHash hash) => seen.MayContain(hash);

    /// <summary>
    /// Takes the file for this run where its content is certainly new; a file whose content may be stored or taken
    /// already is <see cref="ClaimOutcome.Doubtful"/>, for <see cref="StoredAmong"/> to settle, and an unread file whose
    /// path this run has taken is a <see cref="ClaimOutcome.Duplicate"/>. A second copy of a report is not stored twice.
    /// </summary>
    public ClaimOutcome Claim(ExtractedFile file)
    {
        if (file.Hash is not { } hash)
        {
            return unreadPathsThisRun.Add(file.Path) ? ClaimOutcome.Taken : ClaimOutcome.Duplicate;
        }

        if (seen.MayContain(hash))
        {
            return ClaimOutcome.Doubtful;
        }

        seen.Add(hash);
        return ClaimOutcome.Taken;
    }

    /// <summary>
    /// Of these contents, the ones stored for good (a report, or an unreadable file this reportkit version read),
    /// each with whether this run stored it; one query, a scan of the stored hashes. Call it with no batch open, so
    /// every file this run took is committed and seen. A hash given twice is answered once (the query's semi-join).
    /// </summary>
    public Dictionary<ContentHash, bool> StoredAmong(ReadOnlySpan<ContentHash> hashes)
    {
        var stored = new Dictionary<ContentHash, bool>();
        if (hashes.IsEmpty)
        {
            return stored;
        }

        try
        {
            // The hashes go into a temporary table through the appender, and the query joins it: against one text
            // parameter split by DuckDB or a list parameter, 50,000 hashes among 100,000 stored took 35-130 ms instead
            // of 200-350 ms, and 16 MB more resident memory instead of 40-50 MB.
            Execute(connection, "CREATE OR REPLACE TEMP TABLE doubtful_hashes (sha256 VARCHAR NOT NULL)");
            using (var appender = connection.CreateAppender("temp", "main", "doubtful_hashes"))
            {
                foreach (var hash in hashes)
                {
                    appender.CreateRow().AppendValue(hash.ToString()).EndRow();
                }
            }

            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT r.sha256, r.report_id, r.status, r.reportkit_version FROM reports r SEMI JOIN doubtful_hashes d ON r.sha256 = d.sha256";
                command.UseStreamingMode = true;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    if (IsFinal(reader.GetString(2), reader.GetString(3)))
                    {
                        stored[ContentHash.Parse(reader.GetString(0))] = reader.GetInt32(1) >= State.NextReportId;
                    }
                }
            }

            Execute(connection, "DROP TABLE doubtful_hashes");
        }
        catch (DuckDBException exception)
        {
            throw new StoreException($"{Path}: cannot read: {OneLine(exception.Message)}", exception);
        }

        return stored;
    }

    /// <summary>
    /// Opens a transaction that files are appended to one by one as they arrive, so a batch holds rows in DuckDB
    /// rather than parsed files in memory; <see cref="StoreBatch.Commit"/> stores them all, or on failure none.
    /// </summary>
    public StoreBatch BeginBatch()
    {
        try
        {
            if (storedSinceOpen >= reopenEvery)
            {
                connection.Dispose();
                connection = Connect(Path);
                storedSinceOpen = 0;
                Reopened++;
            }

            return new StoreBatch(this, connection, nextReportId);
        }
        catch (DuckDBException exception)
        {
            throw new StoreException($"{Path}: cannot write: {OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>The old row of a file tried again (an unreadable file another reportkit stored), to replace; or null.</summary>
    internal int? RetriedId(ExtractedFile file) =>
        (file.Hash is { } hash ? retry.TryGetValue(hash, out var id) : retryPaths.TryGetValue(file.Path, out id)) ? id : null;

    /// <summary>Called by a batch once committed: its ids are used and its retried files replaced.</summary>
    internal void Committed(int nextId, IReadOnlyList<(ContentHash? Hash, string Path)> retried)
    {
        storedSinceOpen += nextId - nextReportId;
        nextReportId = nextId;
        foreach (var (hash, path) in retried)
        {
            if (hash is { } h)
            {
                retry.Remove(h);
            }
            else
            {
                retryPaths.Remove(path);
            }
        }
    }

    /// <summary>
    /// The files this run stored as unreadable, with their error, by path. Read back from the database rather than
    /// kept during the run, so a run meeting a million unreadable files holds none of them in memory.
    /// </summary>
    public IEnumerable<(string Path, string Error)> UnreadableStoredThisRun()
    {
        using var command = connection.CreateCommand();
        // This run's rows, and its retries' new rows, have the ids from the one the database was opened with.
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"SELECT path, error FROM reports WHERE status = 'unreadable' AND report_id >= {State.NextReportId} ORDER BY path");
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }

    /// <summary>Counts of the stored rows, for the summary and the tests.</summary>
    public long Count(string sql) => Convert.ToInt64(Scalar(connection, sql), CultureInfo.InvariantCulture);

    /// <summary>Writes every table to <c>DIR/&lt;table&gt;.&lt;extension&gt;</c> through a temporary name, so a file under the final name is whole.</summary>
    public IReadOnlyList<string> Export(string directory, string format)
    {
        var written = new List<string>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var table in StoreSchema.Tables)
            {
                var target = System.IO.Path.Combine(System.IO.Path.GetFullPath(directory), $"{table}.{format}");
                var partial = target + ".partial";
                var options = format == "parquet" ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER true";
                var order = table switch { "cell_keys" => "family, version, key", "rules" => "family, version, rule_id", _ => "report_id" };
                Execute(connection, $"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{partial.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
                File.Move(partial, target, overwrite: true);
                written.Add(target);
            }
        }
        catch (Exception exception) when (exception is DuckDBException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{System.IO.Path.GetFullPath(directory)}: cannot write the {format} files: {OneLine(exception.Message)}", exception);
        }

        return written;
    }

    public void Dispose() => connection.Dispose();

    /// <summary>Opens the database with this writer's settings.</summary>
    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection("Data Source=" + path);
        try
        {
            connection.Open();
            // One DuckDB thread: the one writer only appends, and the parse workers need the cores (measured: 10,000
            // reports 1,066/s against 950/s with a thread per core).
            Execute(connection, $"SET memory_limit = '{MemoryLimit}'; SET allocator_flush_threshold = '{AllocatorFlushThreshold}'; SET allocator_background_threads = true; SET checkpoint_threshold = '{CheckpointThreshold}'; SET max_vacuum_tasks = {MaxVacuumTasks}; SET preserve_insertion_order = false; SET threads = 1;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The templates' cells (labels, types) and rules (assertions, messages), so a query can join cells and findings
    /// to what they mean; rewritten on every open, so they follow the templates this reportkit knows.
    /// </summary>
    private static void RefreshTemplateTables(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, "DELETE FROM cell_keys; DELETE FROM rules;");
        using (var appender = connection.CreateAppender("rules"))
        {
            foreach (var template in ReportTemplates.Catalog.Templates)
            {
                foreach (var rule in template.Rules)
                {
                    appender.CreateRow()
                        .AppendValue(template.Family).AppendValue(template.Version).AppendValue(rule.Id)
                        .AppendValue(rule.Severity.ToString().ToLowerInvariant()).AppendValue(rule.Assertion)
                        .AppendValue(rule.MessageEn).AppendValue(rule.MessageZh)
                        .EndRow();
                }
            }
        }

        using (var appender = connection.CreateAppender("cell_keys"))
        {
            foreach (var template in ReportTemplates.Catalog.Templates)
            {
                foreach (var cell in template.Cells)
                {
                    appender.CreateRow()
                        .AppendValue(template.Family).AppendValue(template.Version).AppendValue(cell.Key)
                        .AppendValue(cell.Table.Id).AppendValue(cell.Row.Id).AppendValue(cell.Column.Id)
                        .AppendValue(cell.Type.ToString())
                        .AppendValue(cell.Table.Label).AppendValue(cell.Row.Label).AppendValue(cell.Column.Label)
                        .EndRow();
                }
            }
        }

        transaction.Commit();
    }

    /// <summary>Fills the filter with the contents stored for good and returns the rest of what the run needs.</summary>
    private static StoredState LoadState(DuckDBConnection connection, ContentHashFilter seen)
    {
        var retry = new Dictionary<ContentHash, int>();
        var retryPaths = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT report_id, sha256, path, status, reportkit_version FROM reports";
            // Row by row: DuckDB would otherwise materialize the whole result first (a re-run over a million stored
            // reports peaked at 423 MB that way, 203 MB streaming).
            command.UseStreamingMode = true;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                if (reader.IsDBNull(1))
                {
                    retryPaths[reader.GetString(2)] = id;
                    continue;
                }

                var hash = ContentHash.Parse(reader.GetString(1));
                if (IsFinal(reader.GetString(3), reader.GetString(4)))
                {
                    seen.Add(hash);
                }
                else
                {
                    retry[hash] = id;
                }
            }
        }

        var maxId = Scalar(connection, "SELECT max(report_id) FROM reports");
        return new StoredState
        {
            Retry = retry,
            RetryPaths = retryPaths,
            NextReportId = maxId is null or DBNull ? 1 : Convert.ToInt32(maxId, CultureInfo.InvariantCulture) + 1,
        };
    }

    /// <summary>
    /// A stored row not to read again: a report, or an unreadable file this reportkit version tried (a newer one,
    /// with readers the old lacked, tries it again and replaces the row).
    /// </summary>
    private static bool IsFinal(string status, string reportkitVersion) => status == "report" || reportkitVersion == ToolVersion;

    /// <summary>Runs the statements; returns the rows they changed (as DuckDB counts them).</summary>
    internal static int Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

/// <summary>The database or an export could not be opened or written; the message names the file and the cause.</summary>
internal sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
