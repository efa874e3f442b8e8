using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Docs.Diffing;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>What the page of the differences between two versions shows, for Templates/Diff.sbn.</summary>
internal sealed class DiffPage
{
    public required string Family { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string FromTitle { get; init; }

    public required string ToTitle { get; init; }

    public required string FromPage { get; init; }

    public required string ToPage { get; init; }

    public required IReadOnlyList<ChangeGroup> Groups { get; init; }

    public static DiffPage Create(TemplateDiff diff, string fromPage, string toPage) => new()
    {
        Family = diff.From.Family,
        From = diff.From.Version,
        To = diff.To.Version,
        FromTitle = MarkdownText.Line($"{diff.From.Identity.Title}, {diff.From.Identity.IssuedBy}, report years {VersionPage.YearsOf(diff.From.Identity)}"),
        ToTitle = MarkdownText.Line($"{diff.To.Identity.Title}, {diff.To.Identity.IssuedBy}, report years {VersionPage.YearsOf(diff.To.Identity)}"),
        FromPage = fromPage,
        ToPage = toPage,
        Groups =
        [
            ChangeGroup.Create("Tables", "No table was added, removed, renamed or moved.", diff.Tables, expressions: false),
            ChangeGroup.Create("Rows", "No row of the tables both versions have changed.", diff.Rows, expressions: false),
            ChangeGroup.Create("Columns", "No column of the tables both versions have changed.", diff.Columns, expressions: false),
            ChangeGroup.Create("Cell types", "No column both versions have changed its cell type, scale or unit.", diff.Types, expressions: false),
            ChangeGroup.Create("Rules", "No rule was added, removed or changed.", diff.Rules, expressions: true),
            ChangeGroup.Create("Claims", "No narrative claim was added, removed or changed.", diff.Claims, expressions: true),
        ],
    };
}

/// <summary>The changes of one kind of element, as table rows.</summary>
internal sealed class ChangeGroup
{
    public required string Title { get; init; }

    public required string None { get; init; }

    public required IReadOnlyList<ChangeView> Changes { get; init; }

    public static ChangeGroup Create(string title, string none, IReadOnlyList<TemplateChange> changes, bool expressions) => new()
    {
        Title = title,
        None = none,
        Changes = changes.Select(change => ChangeView.Create(change, expressions)).ToArray(),
    };
}

/// <summary>One change, its fields ready for a table row.</summary>
internal sealed class ChangeView
{
    public required string Change { get; init; }

    public required string Subject { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }

    /// <param name="change">The change.</param>
    /// <param name="expressions">True for a rule's or claim's change, whose sides are assertions or values (shown as code) unless another aspect changed.</param>
    public static ChangeView Create(TemplateChange change, bool expressions)
    {
        var code = expressions && change.Aspect is null or "assertion" or "value";
        string Side(string? text) => text is null ? string.Empty : code ? MarkdownText.Code(text) : MarkdownText.Cell(text);
        return new ChangeView
        {
            Change = Word(change.Kind) + (change.Aspect is { } aspect ? " (" + aspect + ")" : string.Empty),
            Subject = MarkdownText.Code(change.Subject),
            Before = Side(change.Before),
            After = Side(change.After),
        };
    }

    private static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Renamed => "renamed",
        ChangeKind.IdChanged => "id changed",
        ChangeKind.Moved => "moved",
        ChangeKind.TypeChanged => "type changed",
        _ => "changed",
    };
}
