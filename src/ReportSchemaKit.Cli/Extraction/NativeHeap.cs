using System;
using System.Runtime.InteropServices;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Keeps the C library's heap small over a long run. Native code in the process, DuckDB's above all, allocates with
/// glibc's malloc, which keeps freed blocks in its arenas rather than returning them, and splits them over up to
/// eight arenas a core, one per thread that met contention. Over a million reports its arenas grew steadily from 47
/// to 116 MB while at most 23 MB of them was in use: the free blocks, scattered over the arenas, did not fit what
/// was asked next. Elsewhere (other C libraries, macOS, Windows) this does nothing.
/// </summary>
internal static class NativeHeap
{
    // mallopt's parameters, from glibc's malloc.h.
    private const int MmapThreshold = -3;
    private const int ArenaMax = -8;

    private delegate int MallOpt(int parameter, int value);

    private delegate int MallocTrim(nuint keep);

    private static readonly IntPtr Libc = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) ? libc : IntPtr.Zero;
    private static readonly MallOpt? Option = Find<MallOpt>("mallopt");
    private static readonly MallocTrim? Trim = Find<MallocTrim>("malloc_trim");

    /// <summary>
    /// Call before the run starts its threads: two arenas at most, and a block of 128 KB or more that no free block
    /// can serve is mapped on its own, so it goes back to the system when freed (glibc otherwise raises that threshold
    /// to the largest such block freed, up to 32 MB, and carves them out of its arenas). Over 300,000 reports the
    /// arenas stayed at 25-29 MB instead of growing from 45 to 73 MB. The effect shows only over a long run, so it is
    /// measured by the extract-scale benchmark rather than tested: in a busy process a free block serves the request
    /// before the threshold is asked.
    /// </summary>
    public static void LimitFragmentation()
    {
        if (Option is { } option)
        {
            _ = option(ArenaMax, 2);
            _ = option(MmapThreshold, 128 * 1024);
        }
    }

    /// <summary>
    /// Returns what glibc holds free to the system; call it between batches, not per file (about 5 ms a call). Over
    /// 300,000 reports the peak was 353 MB without returning them after each commit, 326 MB with.
    /// </summary>
    public static void ReturnFreed() => _ = Trim?.Invoke(0);

    private static T? Find<T>(string name)
        where T : Delegate =>
        Libc != IntPtr.Zero && NativeLibrary.TryGetExport(Libc, name, out var address)
            ? Marshal.GetDelegateForFunctionPointer<T>(address)
            : null;
}
