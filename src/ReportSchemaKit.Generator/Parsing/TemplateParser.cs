using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Turns one template YAML file into a <see cref="TemplateSpec"/>, checking everything that can be
/// checked within the file: keys, value types, ids, labels, layouts and rule references.
/// </summary>
internal static class TemplateParser
{
    private static readonly Regex YamlMessagePrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    public static TemplateParseResult Parse(string path, string text, CancellationToken cancellationToken)
    {
        try
        {
            return ParseChecked(path, text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug of ours must reach the user as a located diagnostic, not as CS8785 for the whole build.
            var diagnostics = new DiagnosticBag(path, text.Length);
            diagnostics.Report(DiagnosticDescriptors.GeneratorFailure, Mark.Empty, Mark.Empty, exception.GetType().Name + ": " + exception.Message);
            return new TemplateParseResult(null, diagnostics.ToArray());
        }
    }

    private static TemplateParseResult ParseChecked(string path, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag(path, text.Length);
        var root = LoadRoot(text, diagnostics);
        if (root is null)
        {
            return new TemplateParseResult(null, diagnostics.ToArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var spec = ReadTemplate(path, SourceName(path), new MappingReader(root, KeySets.Template, diagnostics), cancellationToken);
        return new TemplateParseResult(diagnostics.HasErrors ? null : spec, diagnostics.ToArray());
    }

    private static YamlMappingNode? LoadRoot(string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            diagnostics.Report(DiagnosticDescriptors.YamlSyntax, exception.Start, exception.End, YamlMessagePrefix.Replace(exception.Message, string.Empty));
            return null;
        }
        catch (System.InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this, without a position, on some malformed scalars.
            diagnostics.Report(DiagnosticDescriptors.YamlSyntax, parser.LastEnd, parser.LastEnd,
                "the text after this point could not be read as YAML (" + exception.Message + "); check brackets, quotes and indentation");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            var at = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[1].RootNode.Start;
            diagnostics.Report(DiagnosticDescriptors.InvalidValue, at, at,
                $"A template file holds exactly one YAML document; this one holds {stream.Documents.Count}");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidValue, root.Start, root.End,
            "A template is a mapping of keys: " + string.Join(", ", KeySets.Template.Keys));
        return null;
    }

    private static TemplateSpec? ReadTemplate(string path, string sourceName, MappingReader reader, CancellationToken cancellationToken)
    {
        var diagnostics = reader.Diagnostics;
        var family = reader.RequiredString("family", "the template family in kebab-case, for example gov-info-disclosure");
        CheckId(reader, "family", family, Identifiers.ExplainFamily, "family");
        var version = reader.RequiredString("version", "the version id, for example \"2021\"");
        CheckId(reader, "version", version, Identifiers.ExplainVersion, "version");
        var title = reader.RequiredString("title", "the title of the format");
        var issuedBy = reader.RequiredString("issuedBy", "the document that issued the format, for example 国办公开办函〔2021〕30号");
        var (firstYear, lastYear) = ReadYears(reader);
        var (ns, reportType) = ReadCodegen(reader, family, version);

        var tables = new TableRegistry();
        var sections = new List<SectionSpec>();
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        var sectionNodes = reader.Sequence("sections", required: true, "a template lists its sections, each with its tables");
        foreach (var item in sectionNodes?.Children ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var section = MappingReader.AsMapping(item, KeySets.Section, diagnostics, "sections");
            if (section is not null && ReadSection(section, reportType, sectionIds, tables) is { } spec)
            {
                sections.Add(spec);
            }
        }

        var rules = new List<RuleSpec>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in reader.Sequence("rules", required: false, "each rule is a mapping with id, each, assert and message")?.Children ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rule = MappingReader.AsMapping(item, KeySets.Rule, diagnostics, "rules");
            if (rule is not null && RuleParser.Read(rule, tables, ruleIds) is { } spec)
            {
                rules.Add(spec);
            }
        }

        var claims = new List<ClaimSpec>();
        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new ClaimPhraseChecker();
        foreach (var item in reader.Sequence("claims", required: false, "each claim is a mapping with id, label, value and phrases")?.Children ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claim = MappingReader.AsMapping(item, KeySets.Claim, diagnostics, "claims");
            if (claim is not null && ClaimParser.Read(claim, tables, claimIds, phrases) is { } spec)
            {
                claims.Add(spec);
            }
        }

        if (family is null || version is null || title is null || issuedBy is null || firstYear is null || reportType is null)
        {
            return null;
        }

        return new TemplateSpec(
            path, sourceName, family, version, title, issuedBy, firstYear.Value, lastYear,
            reader.StringList("signatures"), reader.OptionalString("description"), ns, reportType,
            sections.ToEquatableArray(), rules.ToEquatableArray(), claims.ToEquatableArray());
    }

    private static (int? First, int? Last) ReadYears(MappingReader reader)
    {
        var years = reader.Mapping("years", KeySets.Years, required: true, "the report years the version serves, for example { from: 2021 } or { from: 2019, to: 2020 }");
        if (years is null)
        {
            return (null, null);
        }

        if (!years.Has("from"))
        {
            years.Required("from", "the first report year the version serves");
        }

        var first = years.OptionalInt("from", 1900, 2999);
        var last = years.OptionalInt("to", 1900, 2999);
        if (first is not null && last is not null && last < first)
        {
            var node = years.Get("to")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                $"'to' ({last}) must not come before 'from' ({first})");
        }

        return (first, last);
    }

    private static (string? Namespace, string? ReportType) ReadCodegen(MappingReader reader, string? family, string? version)
    {
        var codegen = reader.Mapping("codegen", KeySets.Codegen, required: false, string.Empty);
        var ns = codegen?.OptionalString("namespace");
        if (ns is not null && !Identifiers.IsDottedName(ns))
        {
            var node = codegen!.Get("namespace")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                $"'namespace' must be a C# namespace such as Company.Reports.V2021; found '{ns}'");
            ns = null;
        }

        var reportType = codegen?.OptionalString("reportType");
        if (reportType is not null && (!Identifiers.IsTypeName(reportType) || Identifiers.IsReserved(reportType)))
        {
            var node = codegen!.Get("reportType")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                $"'reportType' must be a C# type name such as GovInfoReport2021; found '{reportType}'");
            reportType = null;
        }

        if (reportType is null && family is not null && version is not null && codegen?.Has("reportType") != true)
        {
            reportType = Identifiers.Pascal(family) + "Report" + Identifiers.VersionFragment(version);
        }

        return (ns, reportType);
    }

    private static SectionSpec? ReadSection(MappingReader reader, string? reportType, HashSet<string> sectionIds, TableRegistry tables)
    {
        var id = reader.RequiredString("id", "a PascalCase id, for example Proactive");
        CheckId(reader, "id", id, Identifiers.ExplainPascal, "section");
        CheckUnique(reader, id, sectionIds, "section", string.Empty);
        var label = reader.RequiredString("label", "the section heading as printed, for example 二、主动公开政府信息情况");
        var specs = new List<TableSpec>();
        foreach (var item in reader.Sequence("tables", required: true, "a section lists its tables")?.Children ?? [])
        {
            var table = MappingReader.AsMapping(item, KeySets.Table, reader.Diagnostics, "tables");
            if (table is not null && TableParser.Read(table, reportType, tables) is { } spec)
            {
                specs.Add(spec);
            }
        }

        return id is null || label is null
            ? null
            : new SectionSpec(id, label, reader.StringList("variants"), reader.OptionalString("description"), specs.ToEquatableArray());
    }

    /// <summary>Reports an id that breaks its naming rule; returns false then.</summary>
    internal static bool CheckId(MappingReader reader, string key, string? id, Func<string, string?> explain, string what)
    {
        if (id is null || explain(id) is not { } problem)
        {
            return id is not null;
        }

        var node = reader.Get(key)!;
        reader.Diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, node.Start, node.End, what, id, problem);
        return false;
    }

    /// <summary>Reports an id used twice in one scope.</summary>
    internal static void CheckUnique(MappingReader reader, string? id, HashSet<string> seen, string what, string scope)
    {
        if (id is not null && !seen.Add(id))
        {
            var node = reader.Get("id")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.DuplicateId, node.Start, node.End, what, id, scope);
        }
    }

    /// <summary>The file's folder and name (gov-info-disclosure/2021.yaml): stable across machines, unlike the full path.</summary>
    private static string SourceName(string path)
    {
        var name = Path.GetFileName(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
        return string.IsNullOrEmpty(folder) ? name : folder + "/" + name;
    }
}
