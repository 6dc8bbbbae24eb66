using System.Text.Json;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Query;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// The engine against a brute-force oracle over the analyzed text of every document: thousands of random queries of
/// 1–4 words drawn from random indexed documents (plain words, phrases, title: and text: forms, text: phrases and
/// prefixes: the body is indexed once, in all, and text: reads its positions there). Without synonym groups
/// the engine matches exactly the documents the oracle finds; with them, at least those; and a query made of a
/// document's own words always finds that document, unrelaxed. The corpus is CLICK-ID (1,000 articles) when ../shared
/// is present, else the project's fixture articles.
/// </summary>
public sealed class SearchOracleTests : IClassFixture<SearchOracleTests.Corpus>
{
    private const int Queries = 3000;

    private readonly Corpus corpus;
    private readonly ITestOutputHelper output;

    public SearchOracleTests(Corpus corpus, ITestOutputHelper output)
    {
        this.corpus = corpus;
        this.output = output;
    }

    [Fact]
    public void WithoutSynonymsTheEngineMatchesExactlyTheDocumentsHoldingEveryTerm()
    {
        using var searcher = new IndexSearcher(corpus.Options, parser: new QueryParser(QueryLimits.Default, synonyms: new SynonymGroups(IndonesianAnalyzer.Default, [])));
        var random = new Random(13);
        var (checkedQueries, matchedTotal) = (0, 0);
        for (var i = 0; i < Queries; i++)
        {
            var (query, source, expected) = corpus.RandomQuery(random);
            var found = Ids(searcher, query);
            Assert.True(expected.SetEquals(found), $"{query}: the oracle finds {expected.Count} ({string.Join(", ", expected.Except(found).Take(3))} missed), the engine {found.Count} ({string.Join(", ", found.Except(expected).Take(3))} extra)");
            Assert.Contains(source, found);
            checkedQueries++;
            matchedTotal += found.Count;
        }

        output.WriteLine($"{checkedQueries} queries over {corpus.Count} documents, {matchedTotal} matches in all");
    }

    [Fact]
    public void WithSynonymsEveryDocumentHoldingEveryTermIsFoundAndItsOwnWordsFindADocumentUnrelaxed()
    {
        using var searcher = new IndexSearcher(corpus.Options);
        var random = new Random(17);
        for (var i = 0; i < Queries; i++)
        {
            var (query, source, expected) = corpus.RandomQuery(random);
            var outcome = searcher.Search(new SearchRequest { Query = query, Size = corpus.Count, Collapse = false, Facets = false, Snippets = false });
            Assert.True(outcome.IsSuccess, $"{query}: {outcome.Error}");
            var found = outcome.Response.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            Assert.False(outcome.Response.Relaxed, query);
            Assert.Contains(source, found);
            Assert.True(expected.IsSubsetOf(found), $"{query}: missed {string.Join(", ", expected.Except(found).Take(3))}");
        }
    }

    [Fact]
    public void PartialMatchesLeaveTheExactSetAsItWasAndAreTheDocumentsHoldingMostButNotAllTerms()
    {
        using var searcher = new IndexSearcher(corpus.Options, parser: new QueryParser(QueryLimits.Default, synonyms: new SynonymGroups(IndonesianAnalyzer.Default, [])));
        var random = new Random(19);
        var (withPartial, partialTotal) = (0, 0);
        for (var i = 0; i < Queries / 3; i++)
        {
            var (query, clauses) = corpus.RandomWords(random, random.Next(3, 6));
            var exact = corpus.Holding(clauses, clauses.Count);
            var outcome = searcher.Search(new SearchRequest { Query = query, Size = corpus.Count, Collapse = false, Facets = false, Snippets = false, PartialMatches = true });
            Assert.True(outcome.IsSuccess, $"{query}: {outcome.Error}");
            var response = outcome.Response;
            Assert.False(response.Relaxed, query);
            Assert.True(exact.SetEquals(response.Hits.Select(h => h.Id)), $"{query}: the exact hits are not the oracle's {exact.Count}");
            Assert.Equal(exact.Count, response.Total);
            if (clauses.Count < 3)
            {
                Assert.Empty(response.Partial);
                continue;
            }

            var minimum = PartialMatchRule.Minimum(clauses.Count);
            var most = corpus.Holding(clauses, minimum);
            most.ExceptWith(exact);
            Assert.True(most.SetEquals(response.Partial.Select(h => h.Id)), $"{query}: the oracle finds {most.Count} holding at least {minimum} of {clauses.Count}, the engine {response.Partial.Count}");
            Assert.Equal(most.Count, response.PartialTotal);
            Assert.All(response.Partial, hit => Assert.Equal(corpus.Held(hit.Id, clauses), hit.MatchedParts));
            Assert.Equal(response.Partial.Select(h => -(h.MatchedParts ?? 0)).Order(), response.Partial.Select(h => -(h.MatchedParts ?? 0)));
            withPartial += response.Partial.Count > 0 ? 1 : 0;
            partialTotal += response.Partial.Count;
        }

        output.WriteLine($"{withPartial} queries with partial matches, {partialTotal} partial matches in all");
        Assert.True(withPartial > 0, "no query had partial matches: the test tests nothing");
    }

    private HashSet<string> Ids(IndexSearcher searcher, string query)
    {
        var outcome = searcher.Search(new SearchRequest { Query = query, Size = corpus.Count, Collapse = false, Facets = false, Snippets = false });
        Assert.True(outcome.IsSuccess, $"{query}: {outcome.Error}");
        Assert.False(outcome.Response.Relaxed, query);
        Assert.Equal(outcome.Response.Total, outcome.Response.Hits.Count);
        return outcome.Response.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The indexed corpus and, per document, its analyzed title and body as the oracle reads them.</summary>
    public sealed class Corpus : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("netralitas-oracle-").FullName;
        private readonly List<Analyzed> documents = [];

        public Corpus()
        {
            Options = new IndexOptions(folder);
            var source = Load();
            using var writer = IndexWriter.Open(Options);
            writer.Upsert(source);
            foreach (var document in source)
            {
                documents.Add(new Analyzed(document.Id, IndonesianAnalyzer.Default.Analyze(document.Title), IndonesianAnalyzer.Default.Analyze(document.Text), document.Title, document.Text));
            }
        }

        public IndexOptions Options { get; }

        public int Count => documents.Count;

        /// <summary>A random query made of a random document's words, that document, and the documents the oracle matches.</summary>
        public (string Query, string Source, HashSet<string> Expected) RandomQuery(Random random)
        {
            while (true)
            {
                var document = documents[random.Next(documents.Count)];
                var form = random.Next(12);
                var clauses = form switch
                {
                    < 5 => Words(document, random, random.Next(1, 5)),
                    < 7 => [Phrase(document, random)],
                    < 8 => [Field(document, random, title: true)],
                    < 9 => [Field(document, random, title: false)],
                    9 => [BodyPhrase(document, random)],
                    10 => [BodyPrefix(document, random), .. Words(document, random, random.Next(0, 2))],
                    _ => [.. Words(document, random, random.Next(1, 3)), Phrase(document, random)],
                };
                if (clauses.Any(c => c is null))
                {
                    continue;
                }

                var query = string.Join(' ', clauses.Select(c => c!.Text));
                var musts = clauses.Select(c => c!).ToList();

                // Stop words are dropped beside any other clause that is not one.
                if (musts.Any(c => !c.IsStopWord))
                {
                    musts.RemoveAll(c => c.IsStopWord);
                }

                var expected = documents.Where(d => musts.All(c => c.Matches(d))).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                return (query, document.Id, expected);
            }
        }

        /// <summary>
        /// A plain question of <paramref name="count"/> words of a random document (no phrases, no fields), and its
        /// clauses as the engine keeps them: stop words dropped beside other words.
        /// </summary>
        internal (string Query, List<Clause> Clauses) RandomWords(Random random, int count)
        {
            while (true)
            {
                if (Words(documents[random.Next(documents.Count)], random, count) is not { } words || words.Any(c => c is null))
                {
                    continue;
                }

                var clauses = words.Select(c => c!).ToList();
                var query = string.Join(' ', clauses.Select(c => c.Text));
                if (clauses.Any(c => !c.IsStopWord))
                {
                    clauses.RemoveAll(c => c.IsStopWord);
                }

                return (query, clauses);
            }
        }

        /// <summary>The documents holding at least <paramref name="minimum"/> of the clauses.</summary>
        internal HashSet<string> Holding(List<Clause> clauses, int minimum) =>
            documents.Where(d => clauses.Count(c => c.Matches(d)) >= minimum).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        /// <summary>How many of the clauses a document holds.</summary>
        internal int Held(string id, List<Clause> clauses)
        {
            var document = documents.Find(d => d.Id == id)!;
            return clauses.Count(c => c.Matches(document));
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private static List<Clause?> Words(Analyzed document, Random random, int count)
        {
            var tokens = document.Title.Concat(document.Body).ToList();
            if (tokens.Count == 0)
            {
                return [null];
            }

            return Enumerable.Range(0, count).Select(_ =>
            {
                var token = tokens[random.Next(tokens.Count)];
                var written = document.Written(token).ToLowerInvariant();
                return (Clause?)new Clause(written, d => d.TitleTerms.Contains(token.Term) || d.BodyTerms.Contains(token.Term), IndonesianAnalyzer.IsStopWord(written));
            }).ToList();
        }

        private static Clause? Phrase(Analyzed document, Random random)
        {
            var length = random.Next(2, 4);
            if (document.Body.Count < length)
            {
                return null;
            }

            var start = random.Next(document.Body.Count - length + 1);
            var run = document.Body.Skip(start).Take(length).ToList();
            if (run[^1].Position - run[0].Position != length - 1)
            {
                return null;
            }

            var terms = run.Select(t => t.Term).ToList();
            return new Clause("\"" + string.Join(' ', run.Select(document.Written)) + "\"", d => (terms.All(d.TitleTerms.Contains) && Contains(d.Title, terms)) || (terms.All(d.BodyTerms.Contains) && Contains(d.Body, terms)), false) { Terms = terms };
        }

        private static Clause? Field(Analyzed document, Random random, bool title)
        {
            var tokens = title ? document.Title : document.Body;
            if (tokens.Count == 0)
            {
                return null;
            }

            var token = tokens[random.Next(tokens.Count)];
            return new Clause((title ? "title:" : "text:") + document.Written(token).ToLowerInvariant(), d => (title ? d.TitleTerms : d.BodyTerms).Contains(token.Term), false);
        }

        /// <summary>A phrase of the body asked with text: (found only in a body, never in a title alone).</summary>
        private static Clause? BodyPhrase(Analyzed document, Random random) =>
            Phrase(document, random) is { } phrase
                ? new Clause("text:" + phrase.Text, d => phrase.Terms.All(d.BodyTerms.Contains) && Contains(d.Body, phrase.Terms), false)
                : null;

        /// <summary>The start (3+ letters) of a body term asked with text:, as the index holds the term (stemmed).</summary>
        private static Clause? BodyPrefix(Analyzed document, Random random)
        {
            var candidates = document.Body.Where(t => t.Term.Length >= 4 && t.Term.All(char.IsAsciiLetterLower)).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            var term = candidates[random.Next(candidates.Count)].Term;
            var prefix = term[..random.Next(3, term.Length)];
            return new Clause($"text:{prefix}*", d => d.BodyTerms.Any(t => t.StartsWith(prefix, StringComparison.Ordinal)), false);
        }

        private static bool Contains(List<Token> tokens, List<string> phrase)
        {
            for (var i = 0; i + phrase.Count <= tokens.Count; i++)
            {
                var at = true;
                for (var k = 0; k < phrase.Count && at; k++)
                {
                    at = tokens[i + k].Term == phrase[k] && tokens[i + k].Position == tokens[i].Position + k;
                }

                if (at)
                {
                    return true;
                }
            }

            return false;
        }

        private static List<Document> Load()
        {
            var corpus = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "data", "news-corpus", "clickid-articles.jsonl") : null;
            if (corpus is not null && File.Exists(corpus))
            {
                return File.ReadLines(corpus).Take(1000).Select((line, i) =>
                {
                    using var json = JsonDocument.Parse(line);
                    var e = json.RootElement;
                    return new Document
                    {
                        Id = $"clickid-{i:D5}",
                        File = $"clickid/{i:D5}.txt",
                        Format = DocumentFormat.Text,
                        Title = e.GetProperty("title").GetString()!,
                        Text = e.GetProperty("text").GetString()!,
                        Source = e.GetProperty("source").GetString(),
                    };
                }).ToList();
            }

            return Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixtures, "Extraction", "articles"), "*.txt").Order(StringComparer.Ordinal).Select((path, i) =>
            {
                var lines = File.ReadAllText(path).Split('\n', 2);
                return new Document { Id = $"fixture-{i:D3}", File = path, Format = DocumentFormat.Text, Title = lines[0], Text = lines.Length > 1 ? lines[1] : "" };
            }).ToList();
        }
    }

    internal sealed record Analyzed(string Id, List<Token> Title, List<Token> Body, string TitleText, string BodyText)
    {
        public HashSet<string> TitleTerms { get; } = Title.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        public HashSet<string> BodyTerms { get; } = Body.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        public string Written(Token token) => (Title.Contains(token) ? TitleText : BodyText).Substring(token.Start, token.Length);
    }

    internal sealed record Clause(string Text, Func<Analyzed, bool> Matches, bool IsStopWord)
    {
        /// <summary>A phrase's terms, in order.</summary>
        public List<string> Terms { get; init; } = [];
    }
}
