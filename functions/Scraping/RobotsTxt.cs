namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// The rules of one robots.txt for one crawler, as RFC 9309 reads them: the groups naming our product token
/// (case-insensitive) apply, merged; only when none does, the <c>*</c> groups. Among the Allow and Disallow rules
/// that match a path the longest wins, and Allow wins a tie. <c>*</c> matches any characters, a final <c>$</c>
/// anchors the end. Parsing never fails: unknown lines are ignored and the input is cut at <see cref="MaxBytes"/>.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>RFC 9309 asks crawlers to read at least 500 KiB; the rest is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    /// <summary>Every path is allowed (no robots.txt, or one that says nothing to us).</summary>
    public static readonly RobotsTxt AllowAll = new([]);

    /// <summary>Nothing is allowed (the site's robots.txt could not be read because the site failed).</summary>
    public static readonly RobotsTxt DisallowAll = new([new Rule("/", Allow: false)]);

    private readonly IReadOnlyList<Rule> rules;

    private RobotsTxt(IReadOnlyList<Rule> rules)
    {
        this.rules = rules;
    }

    public static RobotsTxt Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(productToken);
        if (text.Length > MaxBytes)
        {
            text = text[..MaxBytes];
        }

        var ours = new List<Rule>();
        var everyone = new List<Rule>();
        var named = false;
        var agents = new List<string>();
        var inRules = false;

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.IndexOf('#') is var hash and >= 0 ? raw[..hash] : raw;
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (field)
            {
                case "user-agent":
                    if (inRules)
                    {
                        agents.Clear();
                        inRules = false;
                    }

                    agents.Add(value);
                    break;
                case "allow" or "disallow":
                    inRules = true;
                    if (agents.Count == 0 || value.Length == 0)
                    {
                        // A rule outside any group, or "Disallow:" with no path (which allows everything), adds nothing.
                        break;
                    }

                    var rule = new Rule(value, field == "allow");
                    if (agents.Any(agent => Names(agent, productToken)))
                    {
                        ours.Add(rule);
                    }
                    else if (agents.Contains("*"))
                    {
                        everyone.Add(rule);
                    }

                    break;
            }

            // A group naming us decides even when it has no rules ("Disallow:" alone allows everything).
            if (field == "user-agent" && Names(value, productToken))
            {
                named = true;
            }
        }

        var chosen = named ? ours : everyone;
        return chosen.Count == 0 ? AllowAll : new RobotsTxt(chosen);
    }

    /// <summary>Whether the path (with its query, as sent) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        Rule? best = null;
        foreach (var rule in rules)
        {
            if (!rule.Matches(pathAndQuery))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>The rule that decided against a path, for the ledger ("Disallow: /rahasia/").</summary>
    public string? Explain(string pathAndQuery)
    {
        var best = rules.Where(rule => !rule.Allow && rule.Matches(pathAndQuery)).MaxBy(rule => rule.Pattern.Length);
        return best is null ? null : $"Disallow: {best.Pattern}";
    }

    /// <summary>A user-agent line names us when its product token (before any '/' version) is ours.</summary>
    private static bool Names(string agent, string productToken)
    {
        var token = agent.Split('/', 2)[0].Trim();
        return token.Equals(productToken, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Rule(string Pattern, bool Allow)
    {
        public bool Matches(string path)
        {
            var anchored = Pattern.EndsWith('$');
            var pattern = anchored ? Pattern[..^1] : Pattern;
            return Glob(pattern, path, anchored);
        }

        /// <summary>Wildcard match without backtracking blow-up: '*' resumes from the last star only (O(pattern × path)).</summary>
        private static bool Glob(string pattern, string text, bool anchored)
        {
            int p = 0, t = 0, star = -1, resume = 0;
            while (t < text.Length)
            {
                if (p == pattern.Length && !anchored)
                {
                    return true;
                }

                if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    resume = t;
                }
                else if (p < pattern.Length && pattern[p] == text[t])
                {
                    p++;
                    t++;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++resume;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }
    }
}
