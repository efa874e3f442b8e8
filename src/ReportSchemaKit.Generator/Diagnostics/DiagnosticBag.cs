using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.Core;

namespace ReportSchemaKit.Generator.Diagnostics;

/// <summary>Collects the diagnostics of one template file, located by YamlDotNet marks.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = [];
    private readonly string _filePath;
    private readonly int _textLength;

    public DiagnosticBag(string filePath, int textLength)
    {
        _filePath = filePath;
        _textLength = textLength;
    }

    public bool HasErrors { get; private set; }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();

    public void Report(DiagnosticDescriptor descriptor, Mark start, Mark end, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;

        // YamlDotNet counts lines and columns from 1 and offsets from 0; Roslyn counts both from 0.
        var startIndex = Clamp((int)start.Index);
        var endIndex = Math.Max(startIndex, Clamp((int)end.Index));
        var lineSpan = new LinePositionSpan(
            new LinePosition(Math.Max(0, (int)start.Line - 1), Math.Max(0, (int)start.Column - 1)),
            new LinePosition(Math.Max(0, (int)end.Line - 1), Math.Max(0, (int)end.Column - 1)));
        _items.Add(new DiagnosticInfo(descriptor.Id, _filePath, TextSpan.FromBounds(startIndex, endIndex), lineSpan, arguments.ToEquatableArray()));
    }

    private int Clamp(int index) => Math.Min(Math.Max(0, index), _textLength);
}
