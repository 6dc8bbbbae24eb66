using System.Globalization;
using System.Text;

namespace NetralitasSearch.Indexer.Profiles;

/// <summary>
/// Merges the names of persons into people: two names are one person when they are the same name (compared by
/// <see cref="Key"/>: case, spacing and punctuation aside) or when a document gives one as an alias of the other
/// ("Jokowi" for Joko Widodo). The merge is transitive (union-find over the keys). Each person is shown under the
/// full name written most often (the longer on a tie); the other spellings are its aliases.
/// </summary>
public static class PersonAliases
{
    /// <summary>A name compared: lower case, letters and digits only, single spaces.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().TrimEnd();
    }

    public static IReadOnlyList<PersonGroup> Merge(IEnumerable<PersonName> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var asName = new Dictionary<string, int>(StringComparer.Ordinal);

        string Find(string key)
        {
            while (parent[key] is var up && up != key)
            {
                parent[key] = parent[up];
                key = up;
            }

            return key;
        }

        string Add(string name)
        {
            var key = Key(name);
            if (key.Length == 0)
            {
                return key;
            }

            parent.TryAdd(key, key);
            var forms = written.TryGetValue(key, out var known) ? known : written[key] = new Dictionary<string, int>(StringComparer.Ordinal);
            forms[name.Trim()] = forms.GetValueOrDefault(name.Trim()) + 1;
            return key;
        }

        foreach (var person in persons)
        {
            var key = Add(person.Name);
            if (key.Length == 0)
            {
                continue;
            }

            asName[key] = asName.GetValueOrDefault(key) + 1;
            foreach (var alias in person.Aliases)
            {
                if (Add(alias) is { Length: > 0 } other && Find(other) is var root && root != Find(key))
                {
                    parent[root] = Find(key);
                }
            }
        }

        return parent.Keys.GroupBy(Find, StringComparer.Ordinal).Select(group =>
        {
            var keys = group.ToHashSet(StringComparer.Ordinal);

            // The name shown: a key used as a person's name (not only as an alias), most often, then the longest.
            var shown = keys.OrderByDescending(k => asName.GetValueOrDefault(k)).ThenByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).First();
            string Written(string key) => written[key].OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;
            var aliases = keys.Where(k => k != shown).Order(StringComparer.Ordinal).Select(Written).ToList();
            return new PersonGroup(Written(shown), aliases, keys);
        }).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
    }
}
