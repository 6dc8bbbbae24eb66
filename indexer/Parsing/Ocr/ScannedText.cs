namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>Puts OCR's confidence on an article read from scans: the marks on its text and the ledger's note.</summary>
internal static class ScannedText
{
    public static ParseResult Finish(ParseResult parsed, IReadOnlyList<OcrPage> pages, ParseNotes notes, OcrOptions options, string engine)
    {
        if (!parsed.IsSuccess || pages.Count == 0)
        {
            return parsed;
        }

        var article = parsed.Article;
        var ocr = OcrMarks.Describe(pages, article.Text, options, engine);
        notes.Add(OcrMarks.Note(ocr));
        return ParseResult.Success(article with { Ocr = ocr, Notes = [.. article.Notes, .. notes.ToList().Except(article.Notes)] });
    }
}
