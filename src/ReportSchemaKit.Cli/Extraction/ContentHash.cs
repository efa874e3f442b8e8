using System;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The SHA-256 of a file's bytes, the key a report is stored under: the same content is stored once, and a re-run
/// knows what it stored. Four words rather than a hex string: cheap to compare, and their bits are the probes of
/// the <see cref="ContentHashFilter"/>.
/// </summary>
internal readonly record struct ContentHash(ulong A, ulong B, ulong C, ulong D)
{
    public static ContentHash Of(ReadOnlySpan<byte> content)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(content, digest);
        return FromDigest(digest);
    }

    /// <summary>Reads the lowercase hex form stored in the database.</summary>
    public static ContentHash Parse(string hex)
    {
        Span<byte> digest = stackalloc byte[32];
        if (hex.Length != 64 || Convert.FromHexString(hex, digest, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            throw new FormatException($"'{hex}' is not a SHA-256 in hex.");
        }

        return FromDigest(digest);
    }

    /// <summary>The lowercase hex form, as stored.</summary>
    public override string ToString()
    {
        Span<byte> digest = stackalloc byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(digest, A);
        BinaryPrimitives.WriteUInt64BigEndian(digest[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(digest[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(digest[24..], D);
        return Convert.ToHexStringLower(digest);
    }

    private static ContentHash FromDigest(ReadOnlySpan<byte> digest) => new(
        BinaryPrimitives.ReadUInt64BigEndian(digest),
        BinaryPrimitives.ReadUInt64BigEndian(digest[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(digest[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(digest[24..]));
}
