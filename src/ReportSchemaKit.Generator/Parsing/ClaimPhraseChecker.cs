using System;
using System.Collections.Generic;
using ReportSchemaKit.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Checks the wordings of every claim of one template (RSK0016): each must be matchable text — words
/// with '…' gaps between them, no digits (the figure follows the phrase), no clause break (a figure is
/// only bound within its clause) — and no wording may belong to two claims, which would bind one
/// figure to two concepts.
/// </summary>
internal sealed class ClaimPhraseChecker
{
    /// <summary>The gap mark: a few characters with no number and no clause break.</summary>
    public const char Gap = '…';

    /// <summary>The characters that end a clause; the runtime matcher uses the same set.</summary>
    public const string ClauseBreaks = "。，,；;！!？?\n\r";

    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>The wordings under <paramref name="key"/>; <c>null</c> where one of them is unusable (after its diagnostic).</summary>
    public List<string>? Read(MappingReader reader, string key, string claimId)
    {
        var result = new List<string>();
        var ok = true;
        foreach (var (text, node) in Items(reader, key))
        {
            var problem = Problem(text);
            if (problem is null && _owners.TryGetValue(text, out var owner) && owner != claimId)
            {
                problem = $"is also a wording of claim '{owner}'; one wording cannot state two figures";
            }

            if (problem is not null)
            {
                reader.Diagnostics.Report(DiagnosticDescriptors.InvalidClaimPhrase, node.Start, node.End, claimId, text, problem);
                ok = false;
                continue;
            }

            _owners[text] = claimId;
            result.Add(text);
        }

        return ok ? result : null;
    }

    /// <summary>Why a wording cannot be matched, or <c>null</c> where it can.</summary>
    internal static string? Problem(string text)
    {
        if (text.Trim().Length == 0)
        {
            return "is empty";
        }

        if (text[0] == Gap || text[text.Length - 1] == Gap)
        {
            return "starts or ends with '…'; a gap stands between words";
        }

        if (text.IndexOf(new string(Gap, 2), StringComparison.Ordinal) >= 0)
        {
            return "has two gaps in a row; write one '…'";
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return "contains a digit; the stated figure follows the phrase and is not part of it";
            }

            if (ClauseBreaks.IndexOf(c) >= 0)
            {
                return $"contains the clause break '{c}'; a figure is only bound to a phrase of its own clause";
            }
        }

        return null;
    }

    private static IEnumerable<(string Text, YamlNode Node)> Items(MappingReader reader, string key)
    {
        var node = reader.Get(key);
        var items = node is YamlSequenceNode sequence ? sequence.Children : node is null ? [] : new[] { node };
        var texts = reader.StringList(key);
        var index = 0;
        foreach (var item in items)
        {
            // StringList reported every item that is not text and left it out; the texts keep item order.
            if (item is YamlScalarNode { Value: not null } && index < texts.Count)
            {
                yield return (texts[index++], item);
            }
        }
    }
}
