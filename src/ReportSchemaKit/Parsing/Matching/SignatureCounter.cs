using System;
using System.Linq;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>Counts how many of a template's header signatures the input shows (本年制发件数 means 2021).</summary>
internal static class SignatureCounter
{
    public static int Count(Token[] tokens, TemplateLabels labels) =>
        labels.Signatures.Count(signature => tokens.Any(t => t.IsText && t.Key.Length <= signature.Length + 24 && t.Key.Contains(signature, StringComparison.Ordinal)));
}
