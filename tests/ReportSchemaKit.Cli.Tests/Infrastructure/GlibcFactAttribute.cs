using System;
using System.Runtime.InteropServices;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>A fact about glibc's malloc, reported skipped where the process does not run on glibc (macOS, Windows, musl).</summary>
public sealed class GlibcFactAttribute : FactAttribute
{
    public GlibcFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libc.so.6", out _))
        {
            Skip = "needs glibc (libc.so.6)";
        }
    }
}
