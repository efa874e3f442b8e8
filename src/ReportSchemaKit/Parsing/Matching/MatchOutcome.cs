using System.Collections.Generic;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>What matching one template against the tokens gave.</summary>
internal sealed record MatchOutcome(
    decimal?[] Values,
    CellOrigin[] Origins,
    List<ParseDiagnostic> Diagnostics,
    int TablesFound,
    int CellsBound,
    bool[] TableTokens);
