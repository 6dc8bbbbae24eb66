using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// Names on a CoNLL file (token TAB tag, blank line between sentences; NERGrit's PERSON/PLACE/ORGANISATION or
/// NERP's PPL/PLC/IND/EVT/FNB). The tagger is scored per class on exact spans, as CoNLL scores NER: a name counts
/// when its first and last word and its class are right. The whole extraction pipeline is scored too, on the person
/// names it lists for each sentence (case, dots and leading titles ignored): the stages that decide which tagged
/// names become persons and how they are written.
/// </summary>
public static class NerEvaluation
{
    public static NerReport Run(string conllPath, NameTagger tagger, ExtractionPipeline? pipeline = null) =>
        Run(LabelledSentence.ReadConll(conllPath), (text, words) => tagger.Tag(text, words), pipeline);

    internal static NerReport Run(IEnumerable<LabelledSentence> sentences, Func<string, IReadOnlyList<Word>, List<NameMention>> tag, ExtractionPipeline? pipeline)
    {
        var report = new NerReport();
        foreach (var sentence in sentences)
        {
            report.Sentences++;
            var gold = NameTags.Mentions(sentence.Tags, sentence.Words);
            var found = tag(sentence.Text, sentence.Words);
            foreach (var nameClass in Enum.GetValues<NameClass>())
            {
                var (missed, wrong) = report.For(nameClass).Add(
                    found.Where(m => m.Class == nameClass).Select(Key),
                    gold.Where(m => m.Class == nameClass).Select(Key),
                    key => key);
                if (nameClass == NameClass.Person && missed.Count + wrong.Count > 0)
                {
                    report.Differences.Add($"{Marked(sentence, gold)}\n  missed [{string.Join("; ", missed.Select(k => Surface(sentence, k)))}] wrong [{string.Join("; ", wrong.Select(k => Surface(sentence, k)))}]");
                }
            }

            if (pipeline is not null)
            {
                var persons = pipeline.Extract(new ExtractionContext("", sentence.Text)).Persons.Select(p => p.Name);
                var goldNames = gold.Where(m => m.Class == NameClass.Person).Select(m => sentence.Text.Substring(m.Start, m.Length));
                report.Pipeline.Add(persons, goldNames, Normalize);
            }
        }

        return report;
    }

    private static string Key(NameMention mention) => $"{mention.FirstWord}:{mention.WordCount}";

    private static string Surface(LabelledSentence sentence, string key)
    {
        var parts = key.Split(':');
        var first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var count = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(' ', sentence.Words.Skip(first).Take(count).Select(w => w.Text));
    }

    /// <summary>The sentence with its gold names in brackets, tagged by class.</summary>
    private static string Marked(LabelledSentence sentence, List<NameMention> gold)
    {
        var text = new System.Text.StringBuilder(sentence.Text);
        foreach (var mention in gold.OrderByDescending(m => m.Start))
        {
            text.Insert(mention.End, $"]{mention.Class.ToString()[..3]}");
            text.Insert(mention.Start, "[");
        }

        return text.ToString();
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "drs", "dra", "dr", "ir", "h", "hj", "prof", "kh", "pak", "bu", "bapak", "ibu" };

    private static string Normalize(string name)
    {
        var words = name.ToLowerInvariant().Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Titles.Contains);
        return string.Join(' ', words);
    }
}
