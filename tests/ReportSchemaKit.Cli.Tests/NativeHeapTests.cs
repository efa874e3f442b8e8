using System;
using System.Runtime.InteropServices;
using ReportSchemaKit.Cli.Extraction;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>glibc takes the settings that keep its heap from fragmenting over a long extraction.</summary>
public sealed class NativeHeapTests
{
    [GlibcFact]
    public void Blocks_of_128_KB_and_more_stay_mapped_on_their_own_after_a_larger_one_is_freed()
    {
        Assert.True(NativeHeap.LimitFragmentation());

        // With glibc's default, freeing a mapped 4 MB block raises the threshold to 4 MB, and the next 512 KB block
        // would be carved out of an arena, where its pages stay after it is freed. (AllocHGlobal is malloc here.)
        var large = Marshal.AllocHGlobal(4 << 20);
        Assert.True(IsMapped(large));
        Marshal.FreeHGlobal(large);
        var block = Marshal.AllocHGlobal(512 << 10);
        try
        {
            Assert.True(IsMapped(block));
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }

    /// <summary>glibc's chunk header, the word before the block: its size, with bit 2 set for a block mapped on its own.</summary>
    private static bool IsMapped(IntPtr block) => (Marshal.ReadInt64(block, -8) & 2) != 0;
}
