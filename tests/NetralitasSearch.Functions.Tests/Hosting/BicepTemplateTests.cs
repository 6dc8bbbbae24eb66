using System.Text.RegularExpressions;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Storage;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Hosting;

/// <summary>
/// infra/main.bicep cannot be compiled here (no `az bicep build`), so it is read as text and held to the names the code
/// uses: every container and queue, an app setting for every <c>%Setting%</c> the published functions name (with the
/// code's default value for storage names), an Event Grid subscription per blob trigger on its container, CRON schedules
/// only (Flex Consumption takes no intervals), and the app settings the host needs.
/// </summary>
public sealed partial class BicepTemplateTests
{
    private static readonly string Template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"));

    [Fact]
    public void TheTemplateCreatesEveryContainerAndQueueTheCodeUses()
    {
        var storage = new StorageOptions();
        var alerts = new AlertOptions();
        var containers = StringList("containers");
        var queues = StringList("queues");

        Assert.Superset(containers.ToHashSet(), new HashSet<string> { storage.ArticlesContainer, storage.DocumentsContainer, storage.HostContainer, storage.LedgerContainer, storage.SourcesContainer, storage.FeedsContainer, alerts.Container });
        Assert.Superset(queues.ToHashSet(), new HashSet<string> { storage.IngestQueue, storage.PoisonQueue, storage.FetchQueue, storage.FetchPoisonQueue, alerts.Queue, alerts.Queue + "-poison" });
    }

    [Fact]
    public async Task EverySettingThePublishedFunctionsNameIsAnAppSettingWithTheCodesValue()
    {
        var settings = AppSettings();
        var named = (await PublishedApp.FunctionsAsync()).Values.SelectMany(trigger => SettingReference().Matches(trigger).Select(m => m.Groups["name"].Value)).Distinct().ToList();
        var storage = new StorageOptions();
        var expected = new Dictionary<string, string>
        {
            ["Storage:ArticlesContainer"] = storage.ArticlesContainer,
            ["Storage:SourcesContainer"] = storage.SourcesContainer,
            ["Storage:IngestQueue"] = storage.IngestQueue,
            ["Storage:FetchQueue"] = storage.FetchQueue,
            ["Alerts:Queue"] = new AlertOptions().Queue,
        };

        Assert.NotEmpty(named);
        foreach (var name in named)
        {
            var appSetting = name.Replace(":", "__", StringComparison.Ordinal);
            Assert.True(settings.ContainsKey(appSetting), $"The functions name %{name}%, but the template sets no app setting {appSetting}.");
            if (expected.TryGetValue(name, out var value))
            {
                Assert.Equal(value, settings[appSetting]);
            }
        }

        Assert.Contains("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public async Task TimerSchedulesAreCronExpressionsAsFlexConsumptionRequires()
    {
        var settings = AppSettings();
        var timers = (await PublishedApp.FunctionsAsync()).Where(f => f.Value.StartsWith("timerTrigger", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(timers);
        foreach (var (function, trigger) in timers)
        {
            var name = SettingReference().Match(trigger).Groups["name"].Value.Replace(":", "__", StringComparison.Ordinal);
            var schedule = settings[name];
            Assert.Equal(6, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(TimerSchedule.Parse(schedule, name).Interval(DateTimeOffset.UnixEpoch) >= TimeSpan.FromMinutes(1), $"{function}: '{schedule}' fires more than once a minute.");
        }
    }

    [Fact]
    public async Task EveryBlobTriggerHasAnEventGridSubscriptionOnItsContainer()
    {
        var settings = AppSettings();
        var blobTriggers = (await PublishedApp.FunctionsAsync()).Where(f => f.Value.StartsWith("blobTrigger", StringComparison.Ordinal)).ToList();
        var subscribed = BlobTriggerEntries().ToDictionary(entry => entry.Function, entry => entry.Container);

        Assert.Equal(blobTriggers.Select(f => f.Key).Order(), subscribed.Keys.Order());
        foreach (var (function, trigger) in blobTriggers)
        {
            Assert.Contains("| EventGrid ", trigger, StringComparison.Ordinal);
            var path = trigger.Split(" | ")[1];
            var container = SettingReference().Replace(path, m => settings[m.Groups["name"].Value.Replace(":", "__", StringComparison.Ordinal)]).Split('/')[0];
            Assert.Equal(container, subscribed[function]);
        }

        Assert.Contains("'Microsoft.Storage.BlobCreated'", Template, StringComparison.Ordinal);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.${trigger.function}", Template, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAppIsAFlexConsumptionDotnetIsolatedAppWithTheAdminKeyAsAHostKey()
    {
        Assert.Contains("tier: 'FlexConsumption'", Template, StringComparison.Ordinal);
        Assert.Contains("name: 'dotnet-isolated'", Template, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Web/sites/host/functionKeys", Template, StringComparison.Ordinal);
        Assert.Matches(@"@secure\(\)\s*param adminKey string", Template);
    }

    /// <summary>The quoted strings of a <c>var NAME = [ ... ]</c> list.</summary>
    private static List<string> StringList(string variable)
    {
        var match = Regex.Match(Template, $@"var {variable} = \[(?<items>[^\]]*)\]");
        Assert.True(match.Success, $"main.bicep has no list 'var {variable} = [...]'.");
        return Regex.Matches(match.Groups["items"].Value, "'(?<value>[^']*)'").Select(m => m.Groups["value"].Value).ToList();
    }

    /// <summary>The <c>{ name: '...' value: '...' }</c> pairs of appSettings (a value that is an expression is kept as written).</summary>
    private static Dictionary<string, string> AppSettings()
    {
        var start = Template.IndexOf("appSettings: [", StringComparison.Ordinal);
        Assert.True(start >= 0, "main.bicep sets no appSettings.");
        var block = Template[start..Template.IndexOf("\n      ]", start, StringComparison.Ordinal)];
        return AppSetting().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim().Trim('\''));
    }

    private static IEnumerable<(string Function, string Container)> BlobTriggerEntries()
    {
        foreach (Match match in Regex.Matches(StringListBlock("blobTriggers"), @"function: '(?<function>[^']+)'\s*container: '(?<container>[^']+)'"))
        {
            yield return (match.Groups["function"].Value, match.Groups["container"].Value);
        }
    }

    private static string StringListBlock(string variable)
    {
        var start = Template.IndexOf($"var {variable} = [", StringComparison.Ordinal);
        Assert.True(start >= 0, $"main.bicep has no list 'var {variable}'.");
        return Template[start..Template.IndexOf("\n]", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("%(?<name>[^%]+)%")]
    private static partial Regex SettingReference();

    [GeneratedRegex(@"name: '(?<name>[^']+)'\s*value: (?<value>[^\n]+)")]
    private static partial Regex AppSetting();
}
