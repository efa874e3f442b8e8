using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReportSchemaKit.Cli.Extraction;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>The filter of contents never says "no" to a content added, and says "maybe" to others as rarely as its size allows.</summary>
public sealed class ContentHashFilterTests
{
    [Fact]
    public void Every_hash_added_is_reported_as_maybe_held()
    {
        var random = new Random(1);
        var filter = new ContentHashFilter();
        var added = Enumerable.Range(0, 300_000).Select(_ => RandomHash(random)).ToArray();
        foreach (var hash in added)
        {
            filter.Add(hash);
        }

        Assert.All(added, hash => Assert.True(filter.MayContain(hash)));
        Assert.Equal(16L << 20, filter.SizeInBytes);
    }

    [Fact]
    public void Other_hashes_are_maybe_held_at_the_rate_five_independent_probes_give()
    {
        // 2^20 bits holding 100,000 hashes: (1 - e^(-5 * 100,000 / 2^20))^5 = 0.78%. Probes that shared their bits
        // (one slice used five times) would give 1 - e^(-100,000 / 2^20) = 9.1%.
        var random = new Random(2);
        var filter = new ContentHashFilter(sizeLog2: 20);
        for (var i = 0; i < 100_000; i++)
        {
            filter.Add(RandomHash(random));
        }

        var maybe = Enumerable.Range(0, 200_000).Count(_ => filter.MayContain(RandomHash(random)));

        Assert.InRange(maybe / 200_000.0, 0.0065, 0.0092);
    }

    [Fact]
    public void An_empty_filter_holds_nothing_and_a_tiny_one_soon_holds_everything()
    {
        var random = new Random(3);
        var empty = new ContentHashFilter(sizeLog2: 6);
        Assert.DoesNotContain(Enumerable.Range(0, 1_000).Select(_ => RandomHash(random)), hash => empty.MayContain(hash));

        var tiny = new ContentHashFilter(sizeLog2: 6);
        for (var i = 0; i < 1_000; i++)
        {
            tiny.Add(RandomHash(random));
        }

        Assert.All(Enumerable.Range(0, 1_000).Select(_ => RandomHash(random)), hash => Assert.True(tiny.MayContain(hash)));
    }

    [Fact]
    public async Task Readers_on_other_threads_see_every_hash_added_before_they_ask()
    {
        var random = new Random(4);
        var hashes = Enumerable.Range(0, 200_000).Select(_ => RandomHash(random)).ToArray();
        var filter = new ContentHashFilter(sizeLog2: 24);
        var published = 0;
        var misses = 0;

        var readers = Enumerable.Range(0, 2).Select(seed => Task.Run(() =>
        {
            var pick = new Random(seed);
            while (Volatile.Read(ref published) < hashes.Length)
            {
                var upTo = Volatile.Read(ref published);
                if (upTo > 0 && !filter.MayContain(hashes[pick.Next(upTo)]))
                {
                    Interlocked.Increment(ref misses);
                }
            }
        })).ToArray();
        foreach (var hash in hashes)
        {
            filter.Add(hash);
            Interlocked.Increment(ref published);
        }

        await Task.WhenAll(readers);
        Assert.Equal(0, misses);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(33)]
    public void A_size_outside_6_to_32_bits_is_refused(int sizeLog2) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentHashFilter(sizeLog2));

    private static ContentHash RandomHash(Random random) =>
        new((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63), (ulong)random.NextInt64(), (ulong)random.NextInt64());
}
