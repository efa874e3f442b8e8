namespace ReportSchemaKit.Validation;

/// <summary>What comparing a claim of the report's prose with its tables gave.</summary>
public enum ClaimOutcome
{
    /// <summary>The prose states the figure and it equals the cells.</summary>
    Equal,

    /// <summary>
    /// The prose states a figure that could not be compared with confidence: it equals another reading
    /// of the cells (one column, one term, a neighbouring claim), it is approximate (108余条), or a cell is blank.
    /// </summary>
    Uncertain,

    /// <summary>The prose states a figure bound unambiguously to the concept, and the cells say otherwise.</summary>
    Different,

    /// <summary>No wording of the claim binds a figure in the prose.</summary>
    NotStated,
}
