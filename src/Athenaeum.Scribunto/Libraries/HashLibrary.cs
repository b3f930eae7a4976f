using System.Security.Cryptography;
using Athenaeum.Scribunto.Engine;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.hash: hex digests with the algorithm names of PHP's hash().</summary>
internal static class HashLibrary
{
    private static readonly Dictionary<string, Func<byte[], byte[]>> Algorithms = new(StringComparer.Ordinal)
    {
        ["md5"] = MD5.HashData,
        ["sha1"] = SHA1.HashData,
        ["sha256"] = SHA256.HashData,
        ["sha384"] = SHA384.HashData,
        ["sha512"] = SHA512.HashData,
        ["crc32b"] = Crc32B,
        ["adler32"] = Adler32,
        ["fnv132"] = b => Fnv32(b, alternate: false),
        ["fnv1a32"] = b => Fnv32(b, alternate: true),
        ["fnv164"] = b => Fnv64(b, alternate: false),
        ["fnv1a64"] = b => Fnv64(b, alternate: true),
        ["joaat"] = Joaat,
    };

    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        table.Add("hashAlgorithms", (_, l) =>
        {
            l.NewTable(Algorithms.Count);
            var i = 1;
            foreach (var name in Algorithms.Keys)
            {
                l.PushString(name);
                l.RawSet(-2, i++);
            }

            return 1;
        });
        table.Add("hashValue", (_, l) =>
        {
            var algo = LuaArgs.CheckString(l, 1, "hashValue");
            if (!Algorithms.TryGetValue(algo, out var hash))
            {
                throw new LuaScriptException("Unknown hashing algorithm: " + algo);
            }

            l.PushString(Convert.ToHexStringLower(hash(l.ToBytes(2).ToArray())));
            return 1;
        });
    }

    private static byte[] Crc32B(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return BigEndian(~crc);
    }

    private static byte[] Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return BigEndian((b << 16) | a);
    }

    private static byte[] Fnv32(byte[] data, bool alternate)
    {
        var h = 0x811C9DC5u;
        foreach (var b in data)
        {
            if (alternate)
            {
                h ^= b;
                h *= 0x01000193u;
            }
            else
            {
                h *= 0x01000193u;
                h ^= b;
            }
        }

        return BigEndian(h);
    }

    private static byte[] Fnv64(byte[] data, bool alternate)
    {
        var h = 0xCBF29CE484222325ul;
        foreach (var b in data)
        {
            if (alternate)
            {
                h ^= b;
                h *= 0x100000001B3ul;
            }
            else
            {
                h *= 0x100000001B3ul;
                h ^= b;
            }
        }

        var bytes = BitConverter.GetBytes(h);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return bytes;
    }

    private static byte[] Joaat(byte[] data)
    {
        uint h = 0;
        foreach (var b in data)
        {
            h += b;
            h += h << 10;
            h ^= h >> 6;
        }

        h += h << 3;
        h ^= h >> 11;
        h += h << 15;
        return BigEndian(h);
    }

    private static byte[] BigEndian(uint v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];
}
