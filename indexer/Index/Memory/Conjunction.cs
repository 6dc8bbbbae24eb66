namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The documents every required clause matches, found by leapfrogging: the shortest clause leads and the others
/// gallop to its documents. A word's posting list takes part as it is, so a word is scored only where the whole
/// conjunction matches, not at each of its own documents; scores and coverage add up in the order of
/// <see cref="ScoredDocs.Intersect"/> (shortest clause first), so the floats are the same.
/// </summary>
internal static class Conjunction
{
    public static ScoredDocs Intersect(List<Clause> clauses, MemoryIndex index, Bm25 bm25, ScoredDocsPool pool)
    {
        var ordered = clauses.OrderBy(c => c.Count).ToList();
        var lead = ordered[0];
        var result = new ScoredDocs(lead.Count, pool);
        var positions = new int[ordered.Count];
        var alive = index.Alive;
        var leadDocuments = lead.Documents;
        for (var i = 0; i < leadDocuments.Length; i++)
        {
            var document = leadDocuments[i];
            if (lead.Postings is not null && !alive[document])
            {
                continue;
            }

            positions[0] = i;
            var matched = true;
            for (var k = 1; k < ordered.Count && matched; k++)
            {
                var documents = ordered[k].Documents;
                var at = ScoredDocs.Seek(documents, positions[k], document);
                if (at == documents.Length)
                {
                    return result;
                }

                positions[k] = at;
                matched = documents[at] == document;
            }

            if (!matched)
            {
                continue;
            }

            var score = ordered[0].Score(positions[0], bm25);
            var coverage = (int)ordered[0].CoverageAt(positions[0]);
            for (var k = 1; k < ordered.Count; k++)
            {
                score += ordered[k].Score(positions[k], bm25);
                coverage = Math.Min(255, coverage + ordered[k].CoverageAt(positions[k]));
            }

            result.Add(document, score, (byte)coverage);
        }

        return result;
    }
}
