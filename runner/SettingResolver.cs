using System.Text.RegularExpressions;

namespace NetralitasSearch.LocalRunner;

/// <summary>
/// Resolves the <c>%Name%</c> expressions of trigger attributes as the Functions host does, from the app settings
/// (environment, local.settings.json Values). A name missing there is looked up in host.json under the same path
/// (<c>%Netralitas:ScanArticlesSchedule%</c> falls back to host.json's <c>netralitas.scanArticlesSchedule</c>), so
/// host.json keeps giving the local defaults and an app setting (on Azure, the Bicep template's) wins.
/// </summary>
public sealed partial class SettingResolver(IConfiguration configuration)
{
    public string Resolve(string expression, string where)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Setting().Replace(expression, match =>
        {
            var name = match.Groups["name"].Value;
            return configuration[name] is { Length: > 0 } value ? value
                : configuration["AzureFunctionsJobHost:" + name] is { Length: > 0 } hostJson ? hostJson
                : throw new InvalidOperationException($"{where} names the setting '{name}' ({expression}), which is neither an app setting (environment {name.Replace(":", "__", StringComparison.Ordinal)}, local.settings.json Values) nor in host.json.");
        });
    }

    [GeneratedRegex("%(?<name>[^%]+)%", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();
}
