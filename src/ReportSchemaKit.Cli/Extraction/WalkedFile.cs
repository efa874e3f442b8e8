namespace ReportSchemaKit.Cli.Extraction;

/// <summary>One file the walk found, or a folder it could not list (<see cref="Error"/> set).</summary>
internal readonly record struct WalkedFile(string Path, string? Error);
