using System.Text;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// Splits Lucene query syntax into tokens: words (with backslash escapes), "phrases", ( ), [ ] { } ranges,
/// field colons, + - ! prefixes, AND OR NOT (also &amp;&amp; ||), ^boost and ~slop. A '-' or '+' inside a word
/// ("masing-masing", "2024-06-24") is part of it.
/// </summary>
internal static class QueryLexer
{
    private const string Special = "()[]{}\":^~";

    public static List<QueryToken> Tokenize(string text, out QueryError? error)
    {
        var tokens = new List<QueryToken>();
        error = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '(':
                    tokens.Add(new(QueryTokenKind.OpenParen, "(", i++));
                    continue;
                case ')':
                    tokens.Add(new(QueryTokenKind.CloseParen, ")", i++));
                    continue;
                case '[' or '{':
                    tokens.Add(new(QueryTokenKind.OpenRange, c.ToString(), i++, c == '['));
                    continue;
                case ']' or '}':
                    tokens.Add(new(QueryTokenKind.CloseRange, c.ToString(), i++, c == ']'));
                    continue;
                case ':':
                    tokens.Add(new(QueryTokenKind.Colon, ":", i++));
                    continue;
                case '+' when AtTermStart(tokens, text, i):
                    tokens.Add(new(QueryTokenKind.Plus, "+", i++));
                    continue;
                case '-' when AtTermStart(tokens, text, i):
                    tokens.Add(new(QueryTokenKind.Minus, "-", i++));
                    continue;
                case '!' when i + 1 >= text.Length || text[i + 1] != '=':
                    tokens.Add(new(QueryTokenKind.Not, "!", i++));
                    continue;
                case '&' when i + 1 < text.Length && text[i + 1] == '&':
                    tokens.Add(new(QueryTokenKind.And, "&&", i));
                    i += 2;
                    continue;
                case '|' when i + 1 < text.Length && text[i + 1] == '|':
                    tokens.Add(new(QueryTokenKind.Or, "||", i));
                    i += 2;
                    continue;
                case '^' or '~':
                    i++;
                    var number = new StringBuilder();
                    while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                    {
                        number.Append(text[i++]);
                    }

                    tokens.Add(new(c == '^' ? QueryTokenKind.Boost : QueryTokenKind.Slop, number.ToString(), start));
                    continue;
                case '"':
                    i++;
                    var phrase = new StringBuilder();
                    while (i < text.Length && text[i] != '"')
                    {
                        if (text[i] == '\\' && i + 1 < text.Length)
                        {
                            i++;
                        }

                        phrase.Append(text[i++]);
                    }

                    if (i >= text.Length)
                    {
                        error = new QueryError(start, "This quotation mark is never closed: add a closing \" after the phrase.");
                        return tokens;
                    }

                    i++;
                    tokens.Add(new(QueryTokenKind.Phrase, phrase.ToString(), start));
                    continue;
            }

            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Special.Contains(text[i]))
            {
                if (text[i] == '\\' && i + 1 < text.Length)
                {
                    word.Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                word.Append(text[i++]);
            }

            var value = word.ToString();
            var kind = value switch
            {
                "AND" => QueryTokenKind.And,
                "OR" => QueryTokenKind.Or,
                "NOT" => QueryTokenKind.Not,
                "TO" => QueryTokenKind.To,
                _ => QueryTokenKind.Word,
            };
            tokens.Add(new(kind, value, start));
        }

        tokens.Add(new(QueryTokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>'+' and '-' are operators at the start of a term: after whitespace, '(' or ':' or at the start.</summary>
    private static bool AtTermStart(List<QueryToken> tokens, string text, int index) =>
        index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or ':' || (tokens.Count > 0 && tokens[^1].Kind is QueryTokenKind.Plus or QueryTokenKind.Minus or QueryTokenKind.Not && tokens[^1].Position == index - 1);
}
