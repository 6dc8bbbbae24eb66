using System.Diagnostics;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class HostGateTests
{
    [Fact]
    public async Task OneHostGetsOneRequestAtATimeWithTheDelayBetween()
    {
        var gate = new HostGate(TimeSpan.FromMilliseconds(150));
        var inside = 0;
        var most = 0;
        var starts = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            using (await gate.EnterAsync("kabar.example"))
            {
                var now = Interlocked.Increment(ref inside);
                lock (starts)
                {
                    starts.Add(clock.Elapsed);
                    most = Math.Max(most, now);
                }

                await Task.Delay(20);
                Interlocked.Decrement(ref inside);
            }
        })));

        Assert.Equal(1, most);
        starts.Sort();
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(140), $"{pair.Second - pair.First}"));
    }

    [Fact]
    public async Task DifferentHostsDoNotWaitForEachOther()
    {
        var gate = new HostGate(TimeSpan.FromSeconds(30));
        using (await gate.EnterAsync("kabar.example"))
        {
        }

        var other = gate.EnterAsync("warta.example");

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task AWaitCanBeCancelled()
    {
        var gate = new HostGate(TimeSpan.FromSeconds(30));
        using var held = await gate.EnterAsync("kabar.example");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync("kabar.example", cancel.Token));
    }
}
