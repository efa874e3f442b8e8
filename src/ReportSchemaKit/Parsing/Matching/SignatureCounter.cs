using System;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>Counts how many of a template's header signatures the input shows (本年制发件数 means 2021).</summary>
internal static class SignatureCounter
{
    // A header cell may carry a little more than the signature (numbering, a unit), never a sentence.
    private const int Slack = 24;

    public static int Count(ArraySegment<Token> tokens, TemplateLabels labels)
    {
        var signatures = labels.Signatures;
        var found = 0;
        for (var s = 0; s < signatures.Count; s++)
        {
            var signature = signatures[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                var key = tokens[i].Key;
                if (tokens[i].IsText && key.Length >= signature.Length && key.Length <= signature.Length + Slack
                    && key.Contains(signature, StringComparison.Ordinal))
                {
                    found++;
                    break;
                }
            }
        }

        return found;
    }
}
