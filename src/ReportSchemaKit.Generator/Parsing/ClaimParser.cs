using System.Collections.Generic;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Reads a narrative claim: its value goes through the rules' expression parser and name resolver
/// (full keys, this year's report), its phrases through <see cref="ClaimPhraseChecker"/>.
/// </summary>
internal static class ClaimParser
{
    public static ClaimSpec? Read(MappingReader reader, TableRegistry tables, HashSet<string> claimIds, ClaimPhraseChecker phrases)
    {
        var diagnostics = reader.Diagnostics;
        var id = reader.RequiredString("id", "a claim id such as requests.new-received");
        var idIsValid = TemplateParser.CheckId(reader, "id", id, Identifiers.ExplainClaim, "claim");
        TemplateParser.CheckUnique(reader, id, claimIds, "claim", " by another claim");
        var label = reader.Mapping("label", KeySets.ClaimLabel, required: true, "what the figure counts, as { zh: …, en: … }");
        var zh = label?.RequiredString("zh", "what the figure counts, in Chinese");
        var en = label?.RequiredString("en", "what the figure counts, in English");
        var value = reader.RequiredString("value", "the cells the figure must equal, for example 'Requests.NewReceived.Total'");
        if (!reader.Has("phrases"))
        {
            reader.Required("phrases", "the wordings the figure follows, for example [本年新收政府信息公开申请]");
        }

        var claimName = id ?? "?";
        var phraseList = phrases.Read(reader, "phrases", claimName);
        var zeroList = phrases.Read(reader, "zero", claimName);
        var notAfter = reader.StringList("notAfter");
        if (id is null || !idIsValid || zh is null || en is null || value is null || phraseList is null || zeroList is null)
        {
            return null;
        }

        var valueNode = (YamlScalarNode)reader.Get("value")!;
        Expr parsed;
        try
        {
            parsed = ExpressionParser.ParseSum(value);
        }
        catch (ExpressionSyntaxException exception)
        {
            var at = RuleParser.MarkWithin(valueNode, exception.Offset);
            diagnostics.Report(DiagnosticDescriptors.InvalidClaimValue, at, at, id, exception.Message);
            return null;
        }

        if (FindPlaces(parsed) is not null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidClaimValue, valueNode.Start, valueNode.End, id,
                "places(x) counts decimal places; a stated figure equals cells, not their places");
            return null;
        }

        return NameResolver.ForClaim(id, tables, valueNode, diagnostics).Check(parsed)
            ? new ClaimSpec(id, zh, en, value, parsed, phraseList.ToEquatableArray(), zeroList.ToEquatableArray(), notAfter, reader.OptionalString("description"))
            : null;
    }

    private static PlacesExpr? FindPlaces(Expr expr) => expr switch
    {
        PlacesExpr places => places,
        BinaryExpr binary => FindPlaces(binary.Left) ?? FindPlaces(binary.Right),
        _ => null,
    };
}
