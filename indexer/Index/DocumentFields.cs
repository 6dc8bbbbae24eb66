using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index.Clustering;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NetralitasSearch.Indexer.Index;

/// <summary>Our document as the fields of <see cref="IndexFields"/>: analysis first (pure, any thread), then the Lucene document.</summary>
internal sealed class DocumentFields(IndonesianAnalyzer analyzer, Gazetteer gazetteer)
{
    public PreparedDocument Prepare(Documents.Document document)
    {
        var regencies = document.RegencyCodes.Select(gazetteer.ByCode).OfType<Region>().DistinctBy(r => r.Code).ToList();
        var provinces = regencies.Select(r => r.ProvinceCode).ToList();
        foreach (var name in document.Provinces)
        {
            provinces.AddRange(gazetteer.Resolve(name).Where(r => r.Kind == RegionKind.Province).Select(r => r.Code));
        }

        var title = analyzer.Analyze(document.Title);
        var body = analyzer.Analyze(document.Text);
        var terms = body.Where(t => t.Term[0] != SynonymGroups.Marker).Select(t => t.Term).ToList();
        var fingerprint = SimHash.Of(terms);
        var date = document.Published ?? document.EventDate;
        return new PreparedDocument(
            document,
            title,
            body,
            fingerprint,
            fingerprint is null && terms.Count > 0 ? TextHash(terms) : null,
            date?.DayNumber,
            regencies,
            provinces.Distinct().ToList(),
            HitBytes(document),
            DocumentJson.Serialize(document with { Text = "" }));
    }

    public static LuceneDocument Build(PreparedDocument prepared, long sequence, long cluster)
    {
        var document = prepared.Document;
        var fields = new LuceneDocument
        {
            new CodeField(IndexFields.Id, document.Id, stored: true),
            new NumericDocValuesField(IndexFields.IdKey, IndexFields.KeyOf(document.Id)),
            new NumericDocValuesField(IndexFields.Sequence, sequence),
            new CodeField(IndexFields.Cluster, cluster.ToString(CultureInfo.InvariantCulture)),
            new NumericDocValuesField(IndexFields.Cluster, cluster),
            new NumericDocValuesField(IndexFields.Day, prepared.Day ?? IndexFields.Undated),
            new ReplayField(IndexFields.Title, [prepared.Title]),
            new ReplayField(IndexFields.All, AllValues(prepared), IndexFields.TitleBase),
            new BinaryDocValuesField(IndexFields.Hit, new BytesRef(prepared.Hit)),
            new StoredField(IndexFields.Record, prepared.Record),
        };

        // The text is kept once: its start is the passage snippets read, and only what lies past it is stored (a
        // stored copy of the whole text was a fifth of the index). Both are UTF-8, as a stored string always was.
        var (passage, characters) = Passage(document.Text);
        fields.Add(new BinaryDocValuesField(IndexFields.Passage, new BytesRef(passage)));
        if (characters < document.Text.Length)
        {
            fields.Add(new StoredField(IndexFields.Tail, document.Text[characters..]));
        }

        if (prepared.Fingerprint is { } fingerprint)
        {
            fields.Add(new NumericDocValuesField(IndexFields.Fingerprint64, unchecked((long)fingerprint)));
        }

        if (prepared.Day is { } day)
        {
            fields.Add(new NumberField(IndexFields.Day, day));
            fields.Add(new NumberField(IndexFields.Year, DateOnly.FromDayNumber(day).Year));
        }

        foreach (var region in prepared.Regencies)
        {
            Code(fields, IndexFields.Regency, region.Code);
        }

        foreach (var code in prepared.ProvinceCodes)
        {
            Code(fields, IndexFields.Province, code);
        }

        Codes(fields, IndexFields.Violation, document.Violations);
        Codes(fields, IndexFields.Incident, document.Incidents);
        Codes(fields, IndexFields.Mode, document.Modes);

        foreach (var person in document.Persons.Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            Name(fields, IndexFields.Person, person);
        }

        foreach (var position in document.Persons.Select(p => p.Position).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            Name(fields, IndexFields.Position, position);
        }

        if (!string.IsNullOrWhiteSpace(document.Source))
        {
            Name(fields, IndexFields.Source, document.Source);
        }

        return fields;
    }

    /// <summary>
    /// The values of <see cref="IndexFields.All"/>: the body, then the title once more for each step of its weight (as
    /// BM25F weighs fields), so a plain word is one term of one field to look up and score. One stream plays them all,
    /// with the positions Lucene gives the values of a field added once per value (<see cref="TokenReplay"/>), the
    /// title's from <see cref="IndexFields.TitleBase"/>.
    /// </summary>
    private static List<Analysis.Token>[] AllValues(PreparedDocument prepared)
    {
        var values = new List<Analysis.Token>[1 + IndexFields.TitleWeight];
        values[0] = prepared.Body;
        Array.Fill(values, prepared.Title, 1, IndexFields.TitleWeight);
        return values;
    }

    /// <summary>The result line (<see cref="HitCodec"/>); a document naming thousands of persons keeps the first ones that fit a doc value.</summary>
    private static byte[] HitBytes(Documents.Document document)
    {
        var hit = HitData.Of(document);
        var bytes = HitCodec.Write(hit);
        while (bytes.Length > IndexFields.MaxValueBytes && hit.Persons.Count > 0)
        {
            hit = hit with { Persons = hit.Persons.Take(hit.Persons.Count / 2).ToList() };
            bytes = HitCodec.Write(hit);
        }

        return bytes.Length <= IndexFields.MaxValueBytes ? bytes : HitCodec.Write(hit with { Title = hit.Title[..Math.Min(hit.Title.Length, 1000)] });
    }

    /// <summary>
    /// As much of the text's start as fits <see cref="IndexFields.MaxValueBytes"/> bytes of UTF-8, cut between
    /// characters, and how many characters of the text that is.
    /// </summary>
    private static (byte[] Bytes, int Characters) Passage(string text)
    {
        var take = Math.Min(text.Length, IndexFields.MaxValueBytes);
        while (true)
        {
            if (take > 0 && char.IsHighSurrogate(text[take - 1]))
            {
                take--;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(text, 0, take);
            if (bytes.Length <= IndexFields.MaxValueBytes)
            {
                return (bytes, take);
            }

            take = (int)((long)take * IndexFields.MaxValueBytes / bytes.Length) - 1;
        }
    }

    /// <summary>A hash of a text's terms: texts too short for a fingerprint are the same story only when equal.</summary>
    private static ulong TextHash(List<string> terms)
    {
        var hash = 14695981039346656037UL;
        foreach (var term in terms)
        {
            foreach (var c in term)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    private static void Codes(LuceneDocument fields, string field, IEnumerable<string> codes)
    {
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            Code(fields, field, code);
        }
    }

    private static void Code(LuceneDocument fields, string field, string code)
    {
        fields.Add(new CodeField(field, code));
        fields.Add(new SortedSetDocValuesField(field, new BytesRef(code)));
    }

    private static void Name(LuceneDocument fields, string field, string name)
    {
        fields.Add(new TextField(field, name, Field.Store.NO));
        fields.Add(new SortedSetDocValuesField(field, new BytesRef(name)));
    }
}
