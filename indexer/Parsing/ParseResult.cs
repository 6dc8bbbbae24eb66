using System.Diagnostics.CodeAnalysis;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>A parsed article, or the reason the content could not be read. Parsers never throw on content.</summary>
public sealed class ParseResult
{
    private ParseResult(ParsedArticle? article, ParseFailure? failure)
    {
        Article = article;
        Failure = failure;
    }

    public ParsedArticle? Article { get; }

    public ParseFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Article is not null;

    public static ParseResult Success(ParsedArticle article) => new(article, null);

    public static ParseResult Failed(ParseFailureKind kind, string reason) => new(null, new ParseFailure(kind, reason));
}
