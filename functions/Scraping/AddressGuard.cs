using System.Net;
using System.Net.Sockets;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Decides which IP addresses the scraper may connect to. Only public unicast addresses, unless
/// <see cref="ScraperOptions.AllowPrivateAddresses"/>: loopback, private (RFC 1918, fc00::/7), link-local (where cloud
/// metadata services answer), carrier-grade NAT, multicast, reserved and unspecified ranges are refused, including
/// when written as IPv4-mapped, 6to4 or NAT64 IPv6. Applied to resolved addresses at connect time, so a host name
/// that resolves (or re-resolves) to the operator's network is refused too. The alerts' webhooks go through the same
/// guard under a setting of their own, which <paramref name="setting"/> names in the refusal.
/// </summary>
public sealed class AddressGuard(bool allowPrivateAddresses, string setting = "Scraper:AllowPrivateAddresses")
{
    private static readonly (IPAddress Network, int PrefixLength, string Kind)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "an unspecified (\"this network\")"),
        (IPAddress.Parse("10.0.0.0"), 8, "a private"),
        (IPAddress.Parse("100.64.0.0"), 10, "a carrier-grade NAT"),
        (IPAddress.Parse("127.0.0.0"), 8, "a loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "a link-local"),
        (IPAddress.Parse("172.16.0.0"), 12, "a private"),
        (IPAddress.Parse("192.0.0.0"), 24, "a reserved (IETF protocol)"),
        (IPAddress.Parse("192.0.2.0"), 24, "a documentation"),
        (IPAddress.Parse("192.168.0.0"), 16, "a private"),
        (IPAddress.Parse("198.18.0.0"), 15, "a benchmarking"),
        (IPAddress.Parse("198.51.100.0"), 24, "a documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "a documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "a multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "a reserved"),
    ];

    private static readonly (IPAddress Network, int PrefixLength, string Kind)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 128, "an unspecified"),
        (IPAddress.Parse("::1"), 128, "a loopback"),
        (IPAddress.Parse("100::"), 64, "a discard-only"),
        (IPAddress.Parse("2001:db8::"), 32, "a documentation"),
        (IPAddress.Parse("fc00::"), 7, "a unique-local (private)"),
        (IPAddress.Parse("fe80::"), 10, "a link-local"),
        (IPAddress.Parse("fec0::"), 10, "a site-local"),
        (IPAddress.Parse("ff00::"), 8, "a multicast"),
    ];

    public bool AllowPrivateAddresses => allowPrivateAddresses;

    /// <summary>Null when the address may be fetched; otherwise why not, in plain words.</summary>
    public string? Check(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (allowPrivateAddresses)
        {
            return null;
        }

        var kind = Classify(address);
        return kind is null ? null : $"{address} is {kind} address, and {setting} is off";
    }

    /// <summary>What kind of non-public address this is ("a loopback"), or null for a public unicast address.</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Match(address, RefusedV4) ?? (address.Equals(IPAddress.Broadcast) ? "a broadcast" : null);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "a non-IP";
        }

        // An IPv4 address dressed as IPv6 reaches the IPv4 host: judge the IPv4 address inside.
        if (EmbeddedIPv4(address) is { } inner)
        {
            return Classify(inner);
        }

        return Match(address, RefusedV6);
    }

    /// <summary>The IPv4 address carried by an IPv4-mapped (::ffff:0:0/96), IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && bytes.AsSpan(12).IndexOfAnyExcept((byte)0) >= 0 && !address.Equals(IPAddress.IPv6Loopback))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return new IPAddress(bytes.AsSpan(2, 4));
        }

        return null;
    }

    private static string? Match(IPAddress address, (IPAddress Network, int PrefixLength, string Kind)[] ranges)
    {
        var bytes = address.GetAddressBytes();
        foreach (var (network, prefixLength, kind) in ranges)
        {
            if (InPrefix(bytes, network.GetAddressBytes(), prefixLength))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool InPrefix(byte[] address, byte[] network, int prefixLength)
    {
        var whole = prefixLength / 8;
        if (!address.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = prefixLength % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (address[whole] & mask) == (network[whole] & mask);
    }
}
