namespace ReportSchemaKit.Docs;

/// <summary>One generated page.</summary>
/// <param name="Name">The file name, for example <c>gov-info-disclosure-2021.md</c>.</param>
/// <param name="Text">The page, with <c>\n</c> line ends.</param>
public sealed record DocumentationFile(string Name, string Text);
