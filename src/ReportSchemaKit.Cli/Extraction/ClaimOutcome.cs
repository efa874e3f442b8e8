namespace ReportSchemaKit.Cli.Extraction;

/// <summary>What <see cref="ReportStore.Claim"/> says of a file that reached the writer.</summary>
internal enum ClaimOutcome
{
    /// <summary>New content (or an unread path not met before): append it.</summary>
    Taken,

    /// <summary>Content that may be stored already or taken by this run: to be confirmed against the database.</summary>
    Doubtful,

    /// <summary>An unread file whose path this run has already taken.</summary>
    Duplicate,
}
