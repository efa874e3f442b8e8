using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Rendering;

/// <summary>What a rendering shows besides the values.</summary>
public sealed record RenderOptions
{
    /// <summary>No title, no findings, no JSON type information.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The report's title (金山镇2023年政府信息公开工作年度报告); <c>null</c> for the template's title.</summary>
    public string? Title { get; init; }

    /// <summary>What the CSV's <c>report</c> column says; <c>null</c> for the title (<see cref="Title"/>, else empty).</summary>
    public string? ReportName { get; init; }

    /// <summary>
    /// Findings to show: the HTML page highlights the cells of every failed one and lists them, the Markdown
    /// and text layouts list them after the tables. Not-assessable findings are not shown.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>
    /// Claim findings to show (<see cref="ClaimChecker.CheckClaims"/>): every layout lists the different and
    /// uncertain ones after the rule findings, and the HTML page marks the cells of each different one.
    /// Equal and not-stated claims are not shown.
    /// </summary>
    public IReadOnlyList<ClaimFinding> Claims { get; init; } = [];

    /// <summary>
    /// The System.Text.Json options <see cref="RenderFormat.Json"/> writes with; their resolver must know the
    /// report's type, as a source-generated context does (<c>GovInfoJson.Options</c> for the official templates).
    /// </summary>
    public JsonSerializerOptions? Json { get; init; }

    /// <summary>
    /// Options for a parsed report: its title as printed, the failures of its own rules, and what its prose
    /// states against its tables (where its type has claims compiled in).
    /// </summary>
    /// <exception cref="ArgumentException">The result's report type has no generated validator.</exception>
    public static RenderOptions FromParseResult(ReportParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RenderOptions
        {
            Title = result.Title,
            Findings = result.Validate().Failures.ToArray(),
            Claims = result.Report is IClaimReport ? result.CheckClaims().Claims : [],
        };
    }
}
