namespace ReportSchemaKit.Validation;

/// <summary>What checking one rule for one column, row, cell or report gave, where it did not simply hold.</summary>
public enum FindingOutcome
{
    /// <summary>Every cell the rule needs has a value, and the assertion does not hold.</summary>
    Failed,

    /// <summary>A cell the rule needs is blank or missing, so the rule cannot be checked here; not a failure.</summary>
    NotAssessable,
}
