using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// One committed rendering, Texts/&lt;source&gt;.&lt;converter&gt;.&lt;extension&gt;, for example
/// written-2021-varied.docx.pandoc-gfm.md: the source file it was made from and the converter that made it.
/// </summary>
internal sealed record Rendering(string Path, string Source, string Converter)
{
    /// <summary>The source's name without its extension: the name of its expected cell listing.</summary>
    public string SourceStem => System.IO.Path.GetFileNameWithoutExtension(Source);

    /// <summary>The source's format: pdf, docx or html.</summary>
    public string SourceFormat => System.IO.Path.GetExtension(Source).TrimStart('.');

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Every rendering under <paramref name="renderings"/>/Texts, by file name.</summary>
    public static IReadOnlyList<Rendering> All(string renderings) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(renderings, "Texts"))
            .Select(FromPath)
            .OrderBy(r => r.FileName, StringComparer.Ordinal)
            .ToList();

    public static Rendering FromPath(string path)
    {
        var parts = System.IO.Path.GetFileName(path).Split('.');
        if (parts.Length < 4)
        {
            throw new ArgumentException($"{path} is not named <source>.<extension>.<converter>.<extension>", nameof(path));
        }

        return new Rendering(path, string.Join('.', parts[..^2]), parts[^2]);
    }
}
