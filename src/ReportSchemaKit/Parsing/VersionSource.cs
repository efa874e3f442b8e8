namespace ReportSchemaKit.Parsing;

/// <summary>How the template version of a parsed report was decided.</summary>
public enum VersionSource
{
    /// <summary>The caller named it.</summary>
    Forced,

    /// <summary>The title's year and the table headers agree.</summary>
    TitleAndHeaders,

    /// <summary>The table headers identify it (the title has no year, or names another version's year).</summary>
    Headers,

    /// <summary>The title's year; the headers did not tell.</summary>
    TitleYear,

    /// <summary>Neither told: the version whose tables fit the input best.</summary>
    BestFit,
}
