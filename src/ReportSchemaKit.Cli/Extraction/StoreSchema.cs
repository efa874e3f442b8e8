namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The tables <c>extract</c> writes. <c>reports</c> has one row per distinct file content (its SHA-256), reports
/// and unreadable files alike; <c>cells</c>, <c>findings</c> and <c>diagnostics</c> hang off it by
/// <c>report_id</c>, a small integer the single writer hands out, because repeating the 64-character hash on each
/// of a report's two hundred cells would double the cost of writing them. There are no key constraints:
/// DuckDB checks them eagerly, so a key deleted and stored again in one transaction (a file retried) would fail;
/// the one writer is what keeps a hash from being stored twice.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The <c>reports</c> table, the one every other table's rows hang off.</summary>
    public const string ReportsTable = """
        CREATE TABLE IF NOT EXISTS reports (
            report_id INTEGER NOT NULL,          -- joins cells, findings and diagnostics
            sha256 VARCHAR,                      -- of the file's bytes; NULL where they could not be read
            path VARCHAR NOT NULL,               -- the first file found with this content
            bytes BIGINT,
            status VARCHAR NOT NULL,             -- 'report', or 'unreadable' (see error)
            error VARCHAR,
            family VARCHAR,
            version VARCHAR,                     -- template version, e.g. '2021'
            version_source VARCHAR,              -- how the version was decided
            title VARCHAR,
            title_year INTEGER,
            layout VARCHAR,
            encoding VARCHAR,
            cell_count INTEGER,
            value_cells INTEGER,
            blank_cells INTEGER,                 -- blank or an explicit empty marker
            missing_cells INTEGER,
            invalid_cells INTEGER,
            failed_rules INTEGER,
            not_assessable INTEGER,              -- rule checks a blank or missing cell prevented
            reportkit_version VARCHAR NOT NULL,
            extracted_at TIMESTAMP NOT NULL
        );
        """;

    public const string Create = ReportsTable + """

        CREATE TABLE IF NOT EXISTS cells (
            report_id INTEGER NOT NULL,
            key cell_key NOT NULL,               -- Table.Row.Column, the same id in every version
            value DECIMAL(38, 10),               -- NULL for a blank, marked-empty, missing or invalid cell
            state cell_state NOT NULL,           -- value | blank | empty-marker | missing | invalid
            raw VARCHAR,                         -- the text as written, where it is more than the number
            line INTEGER,                        -- where the value stands in the decoded source (of its page, in a PDF)
            col INTEGER,
            page INTEGER,                        -- the page of a PDF, from 1; NULL for an input without pages
            binding cell_binding                 -- the evidence that placed it: label | column-position | order | rules;
                                                 -- NULL for a missing cell (and for rows an earlier reportkit stored)
        );
        CREATE TABLE IF NOT EXISTS findings (     -- the rules that failed (reports.not_assessable counts the others)
            report_id INTEGER NOT NULL,
            rule_id VARCHAR NOT NULL,            -- joins rules (with the report's family and version)
            severity VARCHAR NOT NULL,           -- info | warning | error
            location VARCHAR NOT NULL,           -- Requests.*.Total, Requests.Disclosed.*, a cell key, or *
            left_value DECIMAL(38, 10),
            right_value DECIMAL(38, 10),
            difference DECIMAL(38, 10),
            cells cell_key[] NOT NULL            -- the cells the rule reads, in its order; their values and
                                                 -- positions are in cells (the same report_id and key)
        );
        CREATE TABLE IF NOT EXISTS diagnostics (  -- all but RSK1006/RSK1007, which cells.state says
            report_id INTEGER NOT NULL,
            code VARCHAR NOT NULL,               -- RSK1001 …
            severity VARCHAR NOT NULL,
            message VARCHAR NOT NULL,
            cell_key VARCHAR,
            line INTEGER,
            col INTEGER,
            page INTEGER
        );
        CREATE TABLE IF NOT EXISTS cell_keys (
            family VARCHAR NOT NULL,
            version VARCHAR NOT NULL,
            key VARCHAR NOT NULL,
            table_id VARCHAR NOT NULL,
            row_id VARCHAR NOT NULL,
            column_id VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            table_label VARCHAR NOT NULL,
            row_label VARCHAR NOT NULL,
            column_label VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS rules (
            family VARCHAR NOT NULL,
            version VARCHAR NOT NULL,
            rule_id VARCHAR NOT NULL,
            severity VARCHAR NOT NULL,           -- as the template declares it
            assertion VARCHAR NOT NULL,
            message_en VARCHAR NOT NULL,
            message_zh VARCHAR NOT NULL
        );
        -- Columns added since the first reportkit, last in their tables so the appenders' order holds in older files.
        ALTER TABLE cells ADD COLUMN IF NOT EXISTS page INTEGER;
        ALTER TABLE diagnostics ADD COLUMN IF NOT EXISTS page INTEGER;
        ALTER TABLE cells ADD COLUMN IF NOT EXISTS binding cell_binding;
        """;

    /// <summary>The tables holding a report's rows, by <c>report_id</c>.</summary>
    public static readonly string[] ReportTables = ["reports", "cells", "findings", "diagnostics"];

    /// <summary>The tables in the order they are exported.</summary>
    public static readonly string[] Tables = ["reports", "cells", "findings", "diagnostics", "cell_keys", "rules"];
}
