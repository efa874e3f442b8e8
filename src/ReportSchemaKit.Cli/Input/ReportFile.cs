using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.Cli.Input;

/// <summary>
/// One input file read the way every command reads it: as bytes, handed to the byte-based parser, which
/// detects encoding, layout and (as readers are added) the document kind from the content. The file's
/// extension is never used to pick a reader.
/// </summary>
internal sealed class ReportFile
{
    /// <summary>Larger inputs are refused rather than read into memory: no annual report comes near it.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private ReportFile(string path, ReportParseResult? result, string? error)
    {
        Path = path;
        Result = result;
        Error = error;
    }

    /// <summary>The full path.</summary>
    public string Path { get; }

    /// <summary>What parsing gave, or <c>null</c> where the bytes could not be read.</summary>
    public ReportParseResult? Result { get; }

    /// <summary>Why there is no report (unreadable, empty, no report tables), or <c>null</c> where there is one.</summary>
    public string? Error { get; }

    /// <summary>True where a report was read.</summary>
    public bool HasReport => Result?.Report is not null;

    /// <summary>Reads and parses the file; never throws for a bad input, it says why in <see cref="Error"/>.</summary>
    public static ReportFile Open(string path, ParseOptions? options = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!TryReadBytes(full, out var bytes, out var error))
        {
            return new ReportFile(full, null, error);
        }

        var result = ReportTemplates.Parse(bytes, options ?? ParseOptions.Default);
        return new ReportFile(full, result, result.HasReport ? null : NoReportMessage(result));
    }

    /// <summary>Reads a file's bytes, or says in one line why it cannot be read.</summary>
    public static bool TryReadBytes(string path, out byte[] bytes, out string? error)
    {
        bytes = [];
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = "is a directory, not a report file";
                return false;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > MaxBytes)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"is {length / (1024 * 1024)} MiB; reports larger than {MaxBytes / (1024 * 1024)} MiB are not read");
                return false;
            }

            bytes = new byte[length];
            stream.ReadExactly(bytes);
            if (bytes.Length == 0)
            {
                error = "is empty (0 bytes)";
                return false;
            }

            return true;
        }
        catch (FileNotFoundException)
        {
            error = "no such file";
        }
        catch (DirectoryNotFoundException)
        {
            error = "no such file (its directory does not exist)";
        }
        catch (UnauthorizedAccessException)
        {
            error = "cannot be read: permission denied";
        }
        catch (IOException exception)
        {
            error = "cannot be read: " + exception.Message;
        }

        return false;
    }

    /// <summary>The parser's errors for an input without report tables, in one line.</summary>
    public static string NoReportMessage(ReportParseResult result)
    {
        var reasons = result.Diagnostics.Where(d => d.Severity == ParseSeverity.Error).Select(d => d.Code + ": " + d.Message).ToList();
        return "holds no report" + (reasons.Count > 0 ? " (" + string.Join("; ", reasons) + ")" : string.Empty);
    }
}
