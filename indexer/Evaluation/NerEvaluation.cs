using NetralitasSearch.Indexer.Extraction;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// Person names on a CoNLL file (token TAB tag, blank line between sentences; NERGrit's B/I-PERSON or NERP's
/// B/I-PPL): each sentence is joined with spaces and given to the extraction stages, and the names found are
/// compared with the gold spans (case and honorifics ignored). A secondary figure: these are general Indonesian
/// sentences, not election news, and most names in them come without the cues our extractor reads.
/// </summary>
public static class NerEvaluation
{
    public static Score Run(string conllPath, ExtractionPipeline extraction)
    {
        var score = new Score();
        foreach (var sentence in Sentences(conllPath))
        {
            var text = string.Join(' ', sentence.Select(t => t.Token));
            var gold = Spans(sentence).ToList();
            var found = extraction.Extract(new ExtractionContext("", text)).Persons.Select(p => p.Name);
            score.Add(found, gold, Normalize);
        }

        return score;
    }

    private static IEnumerable<List<(string Token, string Tag)>> Sentences(string path)
    {
        var sentence = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = [];
                }

                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab > 0)
            {
                sentence.Add((line[..tab], line[(tab + 1)..]));
            }
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
        }
    }

    private static IEnumerable<string> Spans(List<(string Token, string Tag)> sentence)
    {
        var current = new List<string>();
        foreach (var (token, tag) in sentence)
        {
            var isPerson = tag.EndsWith("-PERSON", StringComparison.Ordinal) || tag.EndsWith("-PPL", StringComparison.Ordinal);
            if (current.Count > 0 && (!isPerson || tag.StartsWith("B-", StringComparison.Ordinal)))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }

            if (isPerson)
            {
                current.Add(token);
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "drs", "dra", "dr", "ir", "h", "hj", "prof", "kh", "pak", "bu", "bapak", "ibu" };

    private static string Normalize(string name)
    {
        var words = name.ToLowerInvariant().Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Titles.Contains);
        return string.Join(' ', words);
    }
}
