using System.Net;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.45.3.9", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.254", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456:789a::1", "unique-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:192.168.0.10", "private")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("64:ff9b::10.0.0.1", "private")]
    [InlineData("2002:7f00:1::", "loopback")]
    public void NonPublicAddressesAreRefused(string address, string kind)
    {
        var guard = new AddressGuard(allowPrivateAddresses: false);

        var reason = guard.Check(IPAddress.Parse(address));

        Assert.NotNull(reason);
        Assert.Contains(kind, reason);
        Assert.Contains("Scraper:AllowPrivateAddresses", reason);
    }

    [Theory]
    [InlineData("103.10.20.30")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2400:cb00:2048:1::6814:155")]
    [InlineData("::ffff:103.10.20.30")]
    [InlineData("2002:670a:141e::1")]
    public void PublicAddressesAreAllowed(string address)
    {
        Assert.Null(new AddressGuard(allowPrivateAddresses: false).Check(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("::1")]
    [InlineData("fd00::5")]
    public void PrivateAddressesAreAllowedWhenTheSettingIsOn(string address)
    {
        Assert.Null(new AddressGuard(allowPrivateAddresses: true).Check(IPAddress.Parse(address)));
    }
}
