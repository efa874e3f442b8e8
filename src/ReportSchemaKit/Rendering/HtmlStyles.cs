namespace ReportSchemaKit.Rendering;

/// <summary>The style sheet embedded in every HTML page, so a page needs nothing beside it.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        body { margin: 2rem; color: #111827; background: #ffffff;
               font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        h1 { font-size: 1.5rem; text-align: center; }
        h2 { font-size: 1.125rem; margin: 2rem 0 0.5rem; }
        table.rsk-table { border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.875rem; }
        .rsk-table th, .rsk-table td { border: 1px solid #374151; padding: 0.25rem 0.5rem; }
        .rsk-table th { font-weight: normal; background: #f3f4f6; text-align: center; }
        .rsk-table th.rsk-title { font-weight: bold; background: #e5e7eb; }
        .rsk-table th.rsk-group, .rsk-table th.rsk-label { text-align: left; }
        .rsk-table th.rsk-group { max-width: 8em; }
        .rsk-table th.rsk-corner { max-width: 18em; }
        .rsk-table td { background: #ffffff; text-align: right; min-width: 3em; font-variant-numeric: tabular-nums; }
        .rsk-table td.rsk-finding { cursor: help; outline-offset: -2px; }
        .rsk-table td.rsk-error { background: #fecaca; outline: 2px solid #dc2626; }
        .rsk-table td.rsk-warning { background: #fef08a; outline: 2px solid #ca8a04; }
        .rsk-table td.rsk-info { background: #bfdbfe; outline: 2px solid #2563eb; }
        .rsk-table td.rsk-claim { cursor: help; outline: 2px dashed #ea580c; outline-offset: -2px; }
        .rsk-table td.rsk-claim:not(.rsk-finding) { background: #fed7aa; }
        .rsk-findings li { margin: 0.25rem 0; }
        .rsk-claims li { margin: 0.25rem 0; }
        .rsk-claims li.rsk-claim-different::marker { color: #ea580c; }
        .rsk-claims li.rsk-claim-uncertain::marker { color: #6b7280; }
        .rsk-findings li.rsk-error::marker { color: #dc2626; }
        .rsk-findings li.rsk-warning::marker { color: #ca8a04; }
        @media print { body { margin: 0; } .rsk-table td.rsk-finding, .rsk-table td.rsk-claim { outline: none; } }
        """;
}
