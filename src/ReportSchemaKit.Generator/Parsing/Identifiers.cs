using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>What ids may look like, and the names generated code already uses.</summary>
internal static class Identifiers
{
    private static readonly Regex PascalId = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex RuleId = new("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Kebab = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex VersionId = new("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex DottedName = new("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    /// <summary>Members every generated record has (records add EqualityContract, PrintMembers, …).</summary>
    private static readonly HashSet<string> ReservedMembers = new(System.StringComparer.Ordinal)
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType",
        "MemberwiseClone", "Finalize", "Template", "TemplateInfo", "GetValue", "FromValues", "Parse", "CellCount", "CreateTemplate", "Blank",
        "Validate", "ValidateAcrossYears",
    };

    public static bool IsReserved(string name) => ReservedMembers.Contains(name);

    public static string? ExplainPascal(string id) =>
        PascalId.IsMatch(id) ? null : "ids are PascalCase letters and digits, starting with a capital letter (for example NewReceived)";

    public static string? ExplainRule(string id) =>
        RuleId.IsMatch(id) ? null : "rule ids are lower-case words joined by '-' and '.' (for example requests.balance)";

    public static string? ExplainClaim(string id) =>
        RuleId.IsMatch(id) ? null : "claim ids are lower-case words joined by '-' and '.' (for example requests.new-received)";

    public static string? ExplainFamily(string id) =>
        Kebab.IsMatch(id) ? null : "a family is lower-case words joined by '-' (for example gov-info-disclosure)";

    public static string? ExplainVersion(string id) =>
        VersionId.IsMatch(id) ? null : "a version is letters, digits, '.', '_' and '-' (for example 2021)";

    public static bool IsDottedName(string name) => DottedName.IsMatch(name);

    public static bool IsTypeName(string name) => name.IndexOf('.') < 0 && DottedName.IsMatch(name);

    /// <summary>gov-info-disclosure → GovInfoDisclosure.</summary>
    public static string Pascal(string kebab)
    {
        var builder = new StringBuilder();
        foreach (var part in kebab.Split('-'))
        {
            if (part.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }
        }

        return builder.ToString();
    }

    /// <summary>A version id as a fragment of a C# name: 2021 → 2021, 2021.1-prov → 2021_1_prov.</summary>
    public static string VersionFragment(string version) => version.Replace('.', '_').Replace('-', '_');
}
