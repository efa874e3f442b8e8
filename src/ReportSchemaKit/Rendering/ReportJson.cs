using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// JSON of a typed report through System.Text.Json metadata from a source-generated context, so no
/// reflection: the properties are the generated ones, named by canonical ids
/// (<c>{"Requests":{"NewReceived":{"Total":1,…}}}</c>), a blank cell <c>null</c>.
/// </summary>
/// <remarks>
/// The context cannot live beside the generated types: System.Text.Json's generator does not see what
/// another generator adds to the same compilation (it reports SYSLIB1030), so it is declared in an
/// assembly that references them, such as ReportSchemaKit.GovInfo.Json (<c>GovInfoJson.Options</c>).
/// </remarks>
public static class ReportJson
{
    /// <summary>The report as JSON.</summary>
    /// <exception cref="InvalidOperationException">The options' resolver has no metadata for the report's type.</exception>
    public static string Serialize(IReport report, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, TypeInfo(report.GetType(), options));
    }

    /// <summary>Reads a report of the given generated type.</summary>
    /// <exception cref="JsonException">The JSON is not a report of that type (the message gives the path and position).</exception>
    /// <exception cref="InvalidOperationException">The options' resolver has no metadata for the type.</exception>
    public static IReport Deserialize(string json, Type reportType, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(reportType);
        return JsonSerializer.Deserialize(json, TypeInfo(reportType, options)) as IReport
            ?? throw new JsonException($"The JSON is null; an object of {reportType.Name} was expected.");
    }

    /// <summary>Reads a report of a known generated type.</summary>
    /// <exception cref="JsonException">The JSON is not a report of that type.</exception>
    /// <exception cref="InvalidOperationException">The options' resolver has no metadata for the type.</exception>
    public static TReport Deserialize<TReport>(string json, JsonSerializerOptions options)
        where TReport : class, IReport<TReport> =>
        (TReport)Deserialize(json, typeof(TReport), options);

    private static JsonTypeInfo TypeInfo(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TryGetTypeInfo(type, out var info)
            ? info
            : throw new InvalidOperationException(
                $"The JSON options know no {type.FullName}; their resolver needs a JsonSerializerContext with [JsonSerializable(typeof({type.Name}))].");
    }
}
