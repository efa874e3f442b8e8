namespace ReportSchemaKit.Cli.Extraction;

/// <summary>What the run's counts need of a file appended to a batch, kept until the batch commits instead of the parsed file.</summary>
internal readonly record struct StoredFile(bool IsReport, int Cells, int FailedRules)
{
    public static StoredFile Of(ExtractedFile file) => new(file.IsReport, file.Cells.Count, file.FailedRules);
}
