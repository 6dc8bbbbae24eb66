using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Pipeline;

/// <summary>
/// File in, <see cref="Document"/> out: parse, then extract. Composed once in <see cref="Create"/>; pure and
/// synchronous, so any number of ingest workers can share one instance.
/// </summary>
public sealed class DocumentPipeline(IArticleParser parser, ExtractionPipeline extraction)
{
    public static DocumentPipeline Create(ParsingOptions? options = null) =>
        new(new ArticleParser(options ?? ParsingOptions.Default), ExtractionPipeline.CreateDefault(Gazetteer.Default));

    private static PlaceEntity Place(Region region, ExtractedEntities entities) => new(
        region.DisplayName,
        region.Kind.ToString().ToLowerInvariant(),
        region.Code,
        entities.PlaceMentions.GetValueOrDefault(region),
        entities.PlaceEvidence.TryGetValue(region, out var evidence) ? evidence : []);

    public DocumentResult Process(SourceFile file, DocumentOrigin origin)
    {
        var parsed = parser.Parse(file);
        if (!parsed.IsSuccess)
        {
            return new DocumentResult(null, parsed.Failure);
        }

        var article = parsed.Article;
        var text = article.Text;
        var context = new ExtractionContext(article.Title, text, article.Published, article.DatelinePlace, article.Author, article.Circular is not null, article.Bylines);
        var entities = extraction.Extract(context);

        return new DocumentResult(new Document
        {
            Id = origin.Id,
            File = origin.File,
            Container = origin.Container,
            Etag = origin.Etag,
            Format = article.Format,
            Title = article.Title,
            Published = article.Published,
            Source = article.Source,
            Url = article.Url,
            Author = article.Author ?? article.AuthorInitials,
            Text = text,
            Regencies = entities.Regencies.Select(r => r.Region.DisplayName).ToList(),
            RegencyCodes = entities.Regencies.Select(r => r.Region.Code).ToList(),
            Provinces = entities.Provinces.Select(p => p.DisplayName).ToList(),
            PrimaryRegency = entities.PrimaryRegency?.DisplayName,
            Persons = entities.Persons,
            Dates = article.Format == DocumentFormat.Html ? entities.Dates : WithPublished(entities.Dates, article.Published),
            EventDate = entities.EventDate,
            LegalRefs = entities.LegalReferences,
            Violations = entities.Violations.Select(v => ViolationKinds.Id(v.Kind)).ToList(),
            Incidents = entities.Incidents.Select(v => ViolationKinds.Id(v.Kind)).ToList(),
            Modes = entities.Modes.Select(ViolationKinds.Id).ToList(),
            Places = entities.Regencies.Select(r => r.Region).Concat(entities.Provinces).Select(region => Place(region, entities)).ToList(),
            Entities = entities.Spans,
            Circular = article.Circular,
            Ocr = article.Ocr,
        }, null)
        {
            Notes = article.Notes,
        };
    }

    /// <summary>
    /// The dates a text, PDF or scan names, with its publication date among them: there the date is always written in the
    /// document (front matter, a stamp line under the headline that the body leaves out as furniture, a circular's
    /// signing date), while a web page's often comes from its metadata alone.
    /// </summary>
    private static IReadOnlyList<DateOnly> WithPublished(IReadOnlyList<DateOnly> dates, DateOnly? published) =>
        published is { } date && !dates.Contains(date) ? [.. dates.Append(date).Order()] : dates;
}
