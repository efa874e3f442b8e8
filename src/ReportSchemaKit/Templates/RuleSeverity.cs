namespace ReportSchemaKit.Templates;

/// <summary>How serious a broken consistency rule is. Declared per rule in the YAML; callers may override.</summary>
public enum RuleSeverity
{
    /// <summary>Worth knowing; not a defect.</summary>
    Info,

    /// <summary>Probably a defect, but real reports can explain it (revisions, expiries).</summary>
    Warning,

    /// <summary>The table contradicts itself or the format.</summary>
    Error,
}
