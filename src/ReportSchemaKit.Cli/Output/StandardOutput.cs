using System;
using System.IO;
using System.Text;

namespace ReportSchemaKit.Cli.Output;

/// <summary>Writing a command's result where the user asked for it: standard output, or a file written whole or not at all.</summary>
internal static class StandardOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the text to the file through a temporary sibling and a rename, so an interrupted write never leaves
    /// a half-written file under the name. Returns an error line, or <c>null</c>.
    /// </summary>
    public static string? WriteFile(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".partial";
        try
        {
            var directory = Path.GetDirectoryName(full);
            if (directory is not null && !Directory.Exists(directory))
            {
                return $"{full}: cannot write: the directory {directory} does not exist";
            }

            if (IsDevice(full))
            {
                // A device (/dev/stdout, /dev/full) is written to; renaming a file onto it would replace the device.
                File.WriteAllText(full, text, Utf8);
                return null;
            }

            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return $"{full}: cannot write: {exception.Message}";
        }
    }

    /// <summary>
    /// A path in /dev. .NET does not tell a device from a regular file, and a rename onto a device node would
    /// replace it (as root, even /dev/full), so every path there is written in place.
    /// </summary>
    private static bool IsDevice(string path) =>
        !OperatingSystem.IsWindows() && path.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(path);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write already failed and says so; a leftover .partial file is named by nothing.
            Console.Error.WriteLine($"reportkit: could not remove {path}: {exception.Message}");
        }
    }
}
