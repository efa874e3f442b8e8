using System;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// A set of 128-bit content-hash prefixes at 21–43 bytes an entry (16 a slot, three quarters to three eighths full),
/// for the hashes a run has met, which grows with every file it stores. A <c>HashSet&lt;UInt128&gt;</c> costs 36
/// bytes a slot and doubles its one array as it grows: at a million entries 50 MB, and 76 MB for a moment while it
/// copies. Here the entries are spread over 4,096 open-addressing tables by their first 12 bits, so a table that
/// grows copies 1/4,096 of the set, never the whole, and up to about ten million entries no table is large enough
/// for the large-object heap (over 100,000 reports the run peaked at 270–279 MB with it, 292–306 MB with the
/// HashSet). The hashes are SHA-256 prefixes, uniform already, so their own bits pick the slot. For one thread.
/// </summary>
internal sealed class HashPrefixSet
{
    private const int PartitionBits = 12;
    private const int Partitions = 1 << PartitionBits;

    /// <summary>A power of two, as every table stays: the slot is the prefix's low bits.</summary>
    private const int FirstCapacity = 8;

    private readonly UInt128[][] tables = new UInt128[Partitions][];
    private readonly int[] counts = new int[Partitions];

    /// <summary>Zero marks an empty slot, so the one prefix that is zero is kept aside.</summary>
    private bool holdsZero;

    public HashPrefixSet()
    {
        for (var i = 0; i < Partitions; i++)
        {
            tables[i] = new UInt128[FirstCapacity];
        }
    }

    public long Count { get; private set; }

    /// <summary>Adds the prefix; false where it was already there.</summary>
    public bool Add(UInt128 prefix)
    {
        if (prefix == UInt128.Zero)
        {
            if (holdsZero)
            {
                return false;
            }

            holdsZero = true;
            Count++;
            return true;
        }

        var partition = Partition(prefix);
        var table = tables[partition];
        var slot = FindSlot(table, prefix);
        if (table[slot] == prefix)
        {
            return false;
        }

        table[slot] = prefix;
        // Grow at three quarters full, so a search meets a free slot within a few steps.
        if (++counts[partition] * 4 > table.Length * 3)
        {
            tables[partition] = Grown(table);
        }

        Count++;
        return true;
    }

    public bool Contains(UInt128 prefix)
    {
        if (prefix == UInt128.Zero)
        {
            return holdsZero;
        }

        var table = tables[Partition(prefix)];
        return table[FindSlot(table, prefix)] == prefix;
    }

    private static int Partition(UInt128 prefix) => (int)(prefix >> (128 - PartitionBits));

    /// <summary>The slot holding the prefix, or the free slot where it would go (linear probing).</summary>
    private static int FindSlot(UInt128[] table, UInt128 prefix)
    {
        var mask = table.Length - 1;
        var slot = (int)(ulong)prefix & mask;
        while (table[slot] != UInt128.Zero && table[slot] != prefix)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private static UInt128[] Grown(UInt128[] table)
    {
        var grown = new UInt128[table.Length * 2];
        foreach (var prefix in table)
        {
            if (prefix != UInt128.Zero)
            {
                grown[FindSlot(grown, prefix)] = prefix;
            }
        }

        return grown;
    }

    /// <summary>Bytes held by the tables, for the tests that pin the cost per entry.</summary>
    internal long AllocatedBytes()
    {
        long bytes = 0;
        foreach (var table in tables)
        {
            bytes += (long)table.Length * 16;
        }

        return bytes;
    }
}
