using System;
using System.Threading;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// A Bloom filter of content hashes, of one fixed size whatever the number of files: "no" is certain, "maybe" is
/// not, and the run confirms each "maybe" against the database (<see cref="ReportStore.StoredAmong"/>). A set of
/// every hash (the run's and the database's) grew by 36–50 MB a million reports, so a long enough run met any
/// memory bound; this costs 16 MB at any count, and its cost is only a rising share of "maybe" for new contents:
/// with five probes in 2^27 bits, one new content in 15 million at a million hashes, one in 76,000 at three
/// million, one in 344 at ten million, one in 25 at twenty million (each such file is read and parsed by the
/// writer after its query). The hashes are SHA-256, uniform already, so five 32-bit slices of them are the five
/// probes. Any number of threads may ask while one adds: a probe bit set is never cleared, so a reader at worst
/// misses a hash being added, which the writer, asking again, does not.
/// </summary>
internal sealed class ContentHashFilter
{
    /// <summary>2^27 bits, 16 MB.</summary>
    public const int DefaultSizeLog2 = 27;

    private const int Probes = 5;

    private readonly long[] words;
    private readonly ulong mask;

    /// <summary>A filter of 2^<paramref name="sizeLog2"/> bits (6 to 32); tests use small ones to make "maybe" common.</summary>
    public ContentHashFilter(int sizeLog2 = DefaultSizeLog2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sizeLog2, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeLog2, 32);
        words = new long[1L << (sizeLog2 - 6)];
        mask = (1UL << sizeLog2) - 1;
    }

    /// <summary>Bytes the filter holds.</summary>
    public long SizeInBytes => words.LongLength * sizeof(long);

    /// <summary>False where the hash was certainly never added; true where it may have been.</summary>
    public bool MayContain(in ContentHash hash)
    {
        for (var probe = 0; probe < Probes; probe++)
        {
            var bit = Bit(hash, probe);
            if ((Volatile.Read(ref words[(int)(bit >> 6)]) & (1L << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    public void Add(in ContentHash hash)
    {
        for (var probe = 0; probe < Probes; probe++)
        {
            var bit = Bit(hash, probe);
            Interlocked.Or(ref words[(int)(bit >> 6)], 1L << (int)(bit & 63));
        }
    }

    private ulong Bit(in ContentHash hash, int probe)
    {
        var slice = probe switch
        {
            0 => hash.A,
            1 => hash.A >> 32,
            2 => hash.B,
            3 => hash.B >> 32,
            _ => hash.C,
        };
        return slice & mask;
    }
}
