using System;
using System.Collections.Generic;
using ReportSchemaKit.Cli.Extraction;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>The set a run keeps its content hashes in answers as a <see cref="HashSet{T}"/> would, at a bounded cost an entry.</summary>
public sealed class HashPrefixSetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Answers_as_a_hash_set_does_over_random_prefixes_with_repeats(int seed)
    {
        var random = new Random(seed);
        var set = new HashPrefixSet();
        var expected = new HashSet<UInt128>();
        var added = new List<UInt128>();
        for (var i = 0; i < 200_000; i++)
        {
            // One in five is a prefix met before, as a second copy of a report is.
            var prefix = added.Count > 0 && random.Next(5) == 0 ? added[random.Next(added.Count)] : Random128(random);
            Assert.Equal(expected.Add(prefix), set.Add(prefix));
            added.Add(prefix);
        }

        Assert.Equal(expected.Count, set.Count);
        foreach (var prefix in expected)
        {
            Assert.True(set.Contains(prefix));
        }

        for (var i = 0; i < 100_000; i++)
        {
            var other = Random128(random);
            Assert.Equal(expected.Contains(other), set.Contains(other));
        }
    }

    [Fact]
    public void Prefixes_that_crowd_one_table_and_one_slot_are_all_kept_apart()
    {
        // Same first 12 bits (one table) and the same low bits (one slot) for all: every search walks the whole run.
        var set = new HashPrefixSet();
        var prefixes = new List<UInt128>();
        for (ulong i = 1; i <= 5_000; i++)
        {
            prefixes.Add(new UInt128(0xABC0_0000_0000_0000UL | (i << 20), 42));
        }

        foreach (var prefix in prefixes)
        {
            Assert.True(set.Add(prefix));
        }

        foreach (var prefix in prefixes)
        {
            Assert.False(set.Add(prefix));
            Assert.True(set.Contains(prefix));
        }

        Assert.False(set.Contains(new UInt128(0xABC0_0000_0000_0000UL, 42)));
        Assert.Equal(5_000, set.Count);
    }

    [Fact]
    public void Zero_is_a_prefix_like_any_other()
    {
        var set = new HashPrefixSet();

        Assert.False(set.Contains(UInt128.Zero));
        Assert.True(set.Add(UInt128.Zero));
        Assert.False(set.Add(UInt128.Zero));
        Assert.True(set.Contains(UInt128.Zero));
        Assert.False(set.Contains(UInt128.One));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void A_million_entries_cost_at_most_43_bytes_each()
    {
        var random = new Random(7);
        var set = new HashPrefixSet();
        for (var i = 0; i < 1_000_000; i++)
        {
            set.Add(Random128(random));
        }

        // A HashSet<UInt128> holds the same in 1,403,641 slots of 36 bytes: 50.5 MB, 50 bytes an entry.
        Assert.InRange(set.AllocatedBytes() / (double)set.Count, 16, 43);
    }

    private static UInt128 Random128(Random random) => new((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63), (ulong)random.NextInt64());
}
