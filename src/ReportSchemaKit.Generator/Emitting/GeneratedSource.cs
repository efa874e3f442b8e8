namespace ReportSchemaKit.Generator.Emitting;

/// <summary>One file the generator adds to the compilation.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
