using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Lists the report files under the given folders and files lazily, one folder at a time in name order, so that a
/// walk over a million files never holds their list. A folder that cannot be listed is yielded as an error and the
/// walk goes on; symbolic links to folders are not followed (no cycles).
/// </summary>
internal static class FileWalker
{
    public static IEnumerable<WalkedFile> Walk(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            var full = Path.GetFullPath(root);
            if (File.Exists(full))
            {
                // Named on the command line: read whatever its extension.
                yield return new WalkedFile(full, null);
                continue;
            }

            if (!Directory.Exists(full))
            {
                yield return new WalkedFile(full, "no such file or directory");
                continue;
            }

            foreach (var file in WalkDirectory(full))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<WalkedFile> WalkDirectory(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files;
            string[] subdirectories;
            string? error = null;
            try
            {
                var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToList();
                files = entries.OfType<FileInfo>().Select(f => f.FullName).Where(ReportFileKinds.IsReportFile).Order(StringComparer.Ordinal).ToArray();
                subdirectories = entries.OfType<DirectoryInfo>().Where(d => d.LinkTarget is null).Select(d => d.FullName).Order(StringComparer.Ordinal).ToArray();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                files = [];
                subdirectories = [];
                error = exception is UnauthorizedAccessException ? "cannot list the folder: permission denied" : "cannot list the folder: " + exception.Message;
            }

            if (error is not null)
            {
                yield return new WalkedFile(directory, error);
                continue;
            }

            foreach (var file in files)
            {
                yield return new WalkedFile(file, null);
            }

            // Pushed in reverse so that subfolders are walked in name order.
            for (var i = subdirectories.Length - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }
}
