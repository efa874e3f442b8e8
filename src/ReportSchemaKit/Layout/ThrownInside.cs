using System;
using System.Diagnostics;
using System.Threading;

namespace ReportSchemaKit.Layout;

/// <summary>Tells whether an exception was raised inside a third-party document library rather than in this code.</summary>
/// <remarks>
/// A library reading a damaged file fails with whatever its parser meets first — its own exceptions, the framework's,
/// even NotImplementedException for a construct it does not support — and a list of types is never complete. Where
/// the exception was raised is what tells the file's fault from a bug of the reader: the innermost frame outside the
/// framework belongs to the library. Out of memory and cancellation are never the file's fault.
/// </remarks>
internal static class ThrownInside
{
    /// <summary>True when <paramref name="e"/> was raised in code of a namespace starting with <paramref name="libraryNamespace"/>.</summary>
    public static bool Library(Exception e, string libraryNamespace)
    {
        if (e is OutOfMemoryException or OperationCanceledException or ThreadInterruptedException)
        {
            return false;
        }

        foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
        {
            // The type's full name; trimming-safe, unlike StackFrame.GetMethod.
            var type = DiagnosticMethodInfo.Create(frame)?.DeclaringTypeName;
            if (type is null || type.StartsWith("System.", StringComparison.Ordinal) || type.StartsWith("Microsoft.", StringComparison.Ordinal))
            {
                continue;
            }

            return type.StartsWith(libraryNamespace + ".", StringComparison.Ordinal);
        }

        return false;
    }
}
