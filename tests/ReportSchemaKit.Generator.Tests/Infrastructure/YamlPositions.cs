using System;

namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>Where a piece of text stands in a YAML file, counted from 1 as editors show it.</summary>
internal static class YamlPositions
{
    public static (int Line, int Column) Of(string yaml, string text, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = yaml.IndexOf(text, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{text}' (occurrence {occurrence}) is not in the YAML");
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (yaml[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>The diagnostic's start as (line, column) from 1.</summary>
    public static (int Line, int Column) Start(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
