using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Flags;

/// <summary>
/// Turns a reader's network address (or a recipient's mail address) into a keyed hash: HMAC-SHA256
/// with a random 256-bit secret kept in the library's settings (<c>reader-address-key</c>), so that the
/// library never holds an address and a stolen library cannot be searched for one without the secret
/// being tried against every address. IPv6 addresses are hashed by their /64 prefix, the block one
/// subscriber gets, so that rotating through a block does not escape the rate limits.
/// </summary>
/// <remarks>Thread-safe; one instance per server.</remarks>
internal sealed class ReaderAddressHasher
{
    /// <summary>The settings key of the secret.</summary>
    public const string SecretSetting = "reader-address-key";

    // Made on first use, not at start-up: creating it writes to the library, which may be read-only.
    private readonly Lazy<byte[]> _key;

    public ReaderAddressHasher(LibraryContext library)
    {
        _key = new(() => Convert.FromBase64String(
            library.Stores.Settings.GetOrAdd(SecretSetting, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
    }

    /// <summary>Hashes a client's network address.</summary>
    /// <param name="address">The address, or <see langword="null"/> when unknown (all unknown clients share one hash).</param>
    /// <returns>The hash, 64 hexadecimal digits.</returns>
    /// <exception cref="Athenaeum.Storage.LibraryException">The secret does not exist yet and the library is read-only.</exception>
    public string HashClient(IPAddress? address)
    {
        if (address is null)
        {
            return Hash("client:unknown");
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return Hash("client:" + new IPAddress(bytes) + "/64");
        }

        return Hash("client:" + address);
    }

    /// <summary>Hashes a recipient's mail address (case-insensitively).</summary>
    /// <param name="mailAddress">The address.</param>
    /// <returns>The hash, 64 hexadecimal digits.</returns>
    public string HashRecipient(string mailAddress)
    {
        ArgumentNullException.ThrowIfNull(mailAddress);
        return Hash("recipient:" + mailAddress.ToLowerInvariant());
    }

    private string Hash(string text)
        => Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(text)));
}
