namespace ReportSchemaKit.Generator;

/// <summary>Names of the pipeline steps, so caching tests can ask what each step did.</summary>
internal static class TrackingNames
{
    public const string ParseResults = nameof(ParseResults);
    public const string TemplateDiagnostics = nameof(TemplateDiagnostics);
    public const string RootNamespace = nameof(RootNamespace);
    public const string RenderedTemplates = nameof(RenderedTemplates);
    public const string AllTemplates = nameof(AllTemplates);
}
