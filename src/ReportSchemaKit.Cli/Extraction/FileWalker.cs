using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Lists the report files under the given folders and files lazily: the files of a folder as the file system
/// lists them, its subfolders afterwards in name order. Nothing is collected but a folder's subfolder names, so a
/// folder of a million files costs no more memory than a folder of ten (listing 300,000 files into a sorted array
/// held 150 MB at the start of a run). A folder that cannot be listed is yielded as an error and the walk goes
/// on; symbolic links to folders are not followed (no cycles).
/// </summary>
internal static class FileWalker
{
    // Hidden and system files are walked too: the extension alone decides, as it did for DirectoryInfo.
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

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
            var subdirectories = new List<string>();
            var error = TryList(directory, subdirectories, out var files);
            using (files)
            {
                while (error is null && files is not null)
                {
                    error = TryMoveNext(files, out var more);
                    if (error is not null || !more)
                    {
                        break;
                    }

                    yield return new WalkedFile(files.Current, null);
                }
            }

            if (error is not null)
            {
                yield return new WalkedFile(directory, error);
            }

            // Pushed in reverse so that subfolders are walked in name order.
            subdirectories.Sort(StringComparer.Ordinal);
            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    /// <summary>
    /// Opens the listing of one folder: its report files come out of <paramref name="files"/>, its subfolders are
    /// added to <paramref name="subdirectories"/> as the listing passes them.
    /// </summary>
    private static string? TryList(string directory, List<string> subdirectories, out IEnumerator<string>? files)
    {
        files = null;
        try
        {
            files = new FileSystemEnumerable<string>(directory, static (ref FileSystemEntry entry) => entry.ToFullPath(), Listing)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                {
                    if (!entry.IsDirectory)
                    {
                        return ReportFileKinds.IsReportFile(entry.FileName);
                    }

                    if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        subdirectories.Add(entry.ToFullPath());
                    }

                    return false;
                },
            }.GetEnumerator();
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ListingError(exception);
        }
    }

    private static string? TryMoveNext(IEnumerator<string> files, out bool more)
    {
        more = false;
        try
        {
            more = files.MoveNext();
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ListingError(exception);
        }
    }

    private static string ListingError(Exception exception) =>
        exception is UnauthorizedAccessException ? "cannot list the folder: permission denied" : "cannot list the folder: " + exception.Message;
}
