using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// Runs a class's damaged reports through the parser. RSK_DAMAGE_ITERATIONS sets how many per class (500 in CI;
/// 10000 or more for a local run); RSK_DAMAGE_TABLE names a file each class appends its line of the table to.
/// </summary>
internal static class DamageRun
{
    public const int DefaultIterations = 500;

    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("RSK_DAMAGE_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    public static DamageTally Run(DamageClass damage, int iterations)
    {
        var tally = new DamageTally();
        var gate = new object();
        DamageGen.Of(damage).Sample(
            damaged =>
            {
                var result = ReportTemplates.Parse(damaged.Text);
                lock (gate)
                {
                    tally.Add(damaged, result);
                }
            },
            iter: iterations);
        return tally;
    }

    /// <summary>Appends the class's line to the table file, writing the heading first into a new file.</summary>
    public static void Record(DamageClass damage, DamageTally tally)
    {
        if (Environment.GetEnvironmentVariable("RSK_DAMAGE_TABLE") is not { Length: > 0 } path)
        {
            return;
        }

        lock (typeof(DamageRun))
        {
            var heading = File.Exists(path) ? string.Empty : DamageTally.Heading + "\n";
            File.AppendAllText(path, heading + tally.Line(damage) + "\n");
        }
    }

    /// <summary>
    /// The shortest failing report found (of the eight shortest, each shortened by <see cref="DamageReducer"/>): its
    /// class, steps, wrong cells and whole text, to paste as a repro. RSK_DAMAGE_REPROS names a folder to write it to.
    /// </summary>
    public static string Repro(DamageClass damage, DamageTally tally)
    {
        var shortest = tally.Failures.Take(8).Select(f =>
        {
            var reduced = DamageReducer.Reduce(f.Report);
            var again = new DamageTally();
            again.Add(reduced, ReportTemplates.Parse(reduced.Text));
            return (Report: reduced, Wrong: again.Failures.FirstOrDefault().Wrong ?? f.Wrong);
        }).OrderBy(f => f.Report.Text.Length).FirstOrDefault();
        if (shortest.Report is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder().Append(shortest.Report).Append('\n').AppendJoin('\n', shortest.Wrong.Take(12))
            .Append("\n----- text -----\n").Append(shortest.Report.Text).Append("----- end -----\n").ToString();
        if (Environment.GetEnvironmentVariable("RSK_DAMAGE_REPROS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, damage + ".txt"), text);
        }

        return text;
    }
}
