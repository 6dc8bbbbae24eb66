using NetralitasSearch.Functions.Alerts;

namespace NetralitasSearch.Functions.Tests.Alerts;

public sealed class SubscriptionChecksTests
{
    [Theory]
    [InlineData("pemantau@contoh.id", true)]
    [InlineData("nama.panjang+alert@sub.contoh.or.id", true)]
    [InlineData("a@b", false)]
    [InlineData("@contoh.id", false)]
    [InlineData("a@@contoh.id", false)]
    [InlineData("Pemantau <a@contoh.id>", false)]
    [InlineData("a@contoh.id, b@contoh.id", false)]
    [InlineData("a@contoh.id\r\nBcc: b@contoh.id", false)]
    [InlineData("a@[127.0.0.1]", false)]
    [InlineData("", false)]
    public void EmailAddressesAreOnePlainAddress(string email, bool valid) => Assert.Equal(valid, EmailAddress.Problem(email) is null);

    [Fact]
    public void ATokenMatchesOnlyItsOwnHash()
    {
        var (token, hash) = ManageToken.New();
        var (other, _) = ManageToken.New();

        Assert.NotEqual(token, other);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.True(ManageToken.Matches(token, hash));
        Assert.False(ManageToken.Matches(other, hash));
        Assert.False(ManageToken.Matches(token, null));
        Assert.False(ManageToken.Matches("", hash));
    }

    [Fact]
    public void OneAddressMakesAtMostItsShareAnHour()
    {
        var clock = new Clock();
        var limit = new AlertCreationLimit(new AlertOptions { PublicPerAddressPerHour = 2 }, clock);

        Assert.True(limit.TryTake("10.0.0.1"));
        Assert.True(limit.TryTake("10.0.0.1"));
        Assert.False(limit.TryTake("10.0.0.1"));
        Assert.True(limit.TryTake("10.0.0.2"));
        clock.Now += TimeSpan.FromMinutes(61);
        Assert.True(limit.TryTake("10.0.0.1"));
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
