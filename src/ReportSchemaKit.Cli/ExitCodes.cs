namespace ReportSchemaKit.Cli;

/// <summary>What reportkit's exit code means, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>validate</c>, no rule failed.</summary>
    public const int Success = 0;

    /// <summary><c>validate</c> only: the input was read and some rule failed.</summary>
    public const int Findings = 1;

    /// <summary>
    /// The input could not be read or holds no report, the command line was wrong, or an output could not be
    /// written; the message on standard error names the file.
    /// </summary>
    public const int InputError = 2;

    /// <summary>A fault in reportkit itself, not in the input (sysexits' EX_SOFTWARE); the message says what to report.</summary>
    public const int InternalError = 70;
}
