namespace ReportSchemaKit.Validation;

/// <summary>A generated report type with its template's narrative claims compiled in.</summary>
public interface IClaimReport : Reports.IReport
{
    /// <summary>
    /// Computes the value of every claim of the template from this report's cells (compiled from the
    /// YAML, nothing interpreted), with the alternative readings a stated figure might have meant, and
    /// hands each to <paramref name="findings"/>.
    /// </summary>
    void EvaluateClaims(ClaimCollector findings);
}
