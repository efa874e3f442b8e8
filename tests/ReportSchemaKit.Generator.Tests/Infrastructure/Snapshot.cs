using System;
using System.IO;

namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks in Verify's manner: the approved text lives in a file under version control; a
/// mismatch writes <c>*.received.*</c> beside it and fails with the first differing line. Setting
/// the environment variable RSK_ACCEPT_SNAPSHOTS=1 accepts the received text instead.
/// </summary>
internal static class Snapshot
{
    public static bool Accepting => Environment.GetEnvironmentVariable("RSK_ACCEPT_SNAPSHOTS") == "1";

    public static void Match(string approvedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = ReceivedPath(approvedPath);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved snapshot at {approvedPath}; the output was written to {receivedPath}. Run scripts/update-snapshots.sh to accept it."
            : $"{approvedPath} is stale: {FirstDifference(approved, actual)}. The new output is in {receivedPath}; run scripts/update-snapshots.sh to accept it.");
    }

    /// <summary>x.g.cs → x.g.received.cs; x.verified.txt → x.received.txt.</summary>
    public static string ReceivedPath(string approvedPath)
    {
        var directory = Path.GetDirectoryName(approvedPath)!;
        var name = Path.GetFileName(approvedPath);
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        stem = stem.EndsWith(".verified", StringComparison.Ordinal) ? stem[..^".verified".Length] : stem;
        return Path.Combine(directory, stem + ".received" + extension);
    }

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1} was\n  {left}\nand is now\n  {right}\n";
            }
        }

        return "they differ in line endings only";
    }
}
