using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// A sentence of a CoNLL NER file as the tagger sees running text: the tokens joined with spaces, split again by
/// <see cref="WordTokenizer"/> (so training and tagging read the same words), each word with the gold tag of its token.
/// </summary>
public sealed record LabelledSentence(string Text, IReadOnlyList<Word> Words, int[] Tags)
{
    /// <summary>Builds the sentence from its tokens and labels; a token the tokenizer splits gives B then I words.</summary>
    public static LabelledSentence FromTokens(IReadOnlyList<(string Token, string Label)> tokens)
    {
        var text = new System.Text.StringBuilder();
        var tokenStarts = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t > 0)
            {
                text.Append(' ');
            }

            tokenStarts[t] = text.Length;
            text.Append(tokens[t].Token);
        }

        var joined = text.ToString();
        var words = WordTokenizer.Tokenize(joined);
        var tags = new int[words.Count];
        var token = 0;
        var previousToken = -1;
        for (var w = 0; w < words.Count; w++)
        {
            while (token + 1 < tokens.Count && tokenStarts[token + 1] <= words[w].Start)
            {
                token++;
            }

            var tag = NameTags.Parse(tokens[token].Label);
            if (tag != NameTags.Outside && previousToken == token && NameTags.IsBegin(tag))
            {
                tag++;
            }

            tags[w] = tag;
            previousToken = token;
        }

        // A name whose B token was punctuation only ("( I-PERSON") starts at its first word.
        for (var w = 0; w < tags.Length; w++)
        {
            if (NameTags.IsInside(tags[w]) && !NameTags.Allowed(w == 0 ? NameTags.Outside : tags[w - 1], tags[w]))
            {
                tags[w]--;
            }
        }

        return new LabelledSentence(joined, words, tags);
    }

    /// <summary>The sentences of a CoNLL file (token TAB label, a blank line between sentences).</summary>
    public static IEnumerable<LabelledSentence> ReadConll(string path) => ReadTokens(path).Select(FromTokens);

    /// <summary>The tokens and labels of each sentence of a CoNLL file.</summary>
    public static IEnumerable<List<(string Token, string Label)>> ReadTokens(string path)
    {
        var tokens = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (tokens.Count > 0)
                {
                    yield return tokens;
                    tokens = [];
                }

                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab > 0)
            {
                tokens.Add((line[..tab], line[(tab + 1)..].Trim()));
            }
        }

        if (tokens.Count > 0)
        {
            yield return tokens;
        }
    }
}
