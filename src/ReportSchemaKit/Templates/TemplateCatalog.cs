using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.Templates;

/// <summary>A set of template versions: find one by version id or by the report year it serves.</summary>
public sealed class TemplateCatalog
{
    /// <summary>Creates the catalog; versions are kept in the given order.</summary>
    public TemplateCatalog(IReadOnlyList<TemplateRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        Registrations = registrations;
    }

    /// <summary>Every registered version.</summary>
    public IReadOnlyList<TemplateRegistration> Registrations { get; }

    /// <summary>Every registered template descriptor.</summary>
    public IEnumerable<ReportTemplate> Templates => Registrations.Select(r => r.Template);

    /// <summary>The version with the given family and id, or <c>null</c>.</summary>
    public TemplateRegistration? Find(string family, string version) =>
        Registrations.FirstOrDefault(r => string.Equals(r.Template.Family, family, StringComparison.Ordinal)
                                          && string.Equals(r.Template.Version, version, StringComparison.Ordinal));

    /// <summary>The version of the family that serves reports of the given year, or <c>null</c>.</summary>
    public TemplateRegistration? ForYear(string family, int year) =>
        Registrations.LastOrDefault(r => string.Equals(r.Template.Family, family, StringComparison.Ordinal)
                                         && r.Template.Identity.AppliesToYear(year));
}
