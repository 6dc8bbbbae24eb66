namespace NetralitasSearch.Indexer.Parsing;

/// <summary>One stage of parsing: a file in, an article or a content failure out. Never throws on content.</summary>
public interface IArticleParser
{
    ParseResult Parse(SourceFile file);
}
