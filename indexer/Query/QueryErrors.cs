using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// Lucene's parse errors ("Encountered "&lt;EOF&gt;" at line 1, column 11. Was expecting one of: …") as messages a
/// journalist can act on, each with the position of the character it is about. The parser reports the last token it
/// accepted and the one it could not; which of the two the message is about depends on their kinds.
/// </summary>
internal static partial class QueryErrors
{
    public static QueryError Translate(ParseException exception, QueryText text)
    {
        var inner = exception.InnerException as ParseException ?? exception;
        if (inner.CurrentToken is not { } current || current.Next is not { } next)
        {
            var column = Column().Match(exception.Message) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : text.Escaped.Length;
            return new QueryError(text.ToOriginal(Math.Min(column, text.Escaped.Length)), "The query cannot be read here: a '\\' must be followed by the character it escapes.");
        }

        var at = text.ToOriginal(current.BeginColumn);
        var nextAt = text.ToOriginal(next.BeginColumn);
        var image = current.Image ?? "";
        switch (next.Kind)
        {
            case RegexpToken.EOF when text.UnclosedParenthesis() is >= 0 and var open:
                return new QueryError(open, "This parenthesis is never closed: add a ')'.");
            case RegexpToken.EOF or RegexpToken.RPAREN or RegexpToken.AND or RegexpToken.OR when current.Kind is RegexpToken.AND or RegexpToken.OR:
                return new QueryError(at, $"{image} needs something after it.");
            case RegexpToken.EOF or RegexpToken.RPAREN when current.Kind is RegexpToken.NOT or RegexpToken.MINUS or RegexpToken.PLUS:
                return new QueryError(at, $"'{image}' needs a word or a group after it.");
            case RegexpToken.EOF or RegexpToken.RPAREN when current.Kind is RegexpToken.COLON:
                return new QueryError(at, $"'{text.NameBefore(at)}:' needs a value after it.");
            case RegexpToken.EOF when current.Kind is RegexpToken.CARAT:
                return new QueryError(at, "'^' needs a number after it, like title:netral^2.");
            case RegexpToken.EOF or RegexpToken.RANGEIN_END or RegexpToken.RANGEEX_END when current.Kind is RegexpToken.RANGE_TO or RegexpToken.RANGEIN_START or RegexpToken.RANGEEX_START or RegexpToken.RANGE_GOOP or RegexpToken.RANGE_QUOTED:
                return new QueryError(text.RangeStart(at), "A range needs a value on each side of TO (or * for open): published:[2024-01-01 TO 2024-06-30].");
            case RegexpToken.RPAREN when current.Kind is RegexpToken.LPAREN:
                return new QueryError(at, "These parentheses are empty.");
            case RegexpToken.RPAREN:
                return new QueryError(nextAt, "This closing parenthesis has no opening one.");
            case RegexpToken.AND or RegexpToken.OR:
                return new QueryError(nextAt, $"{next.Image} needs something before it.");
            case RegexpToken.COLON:
                return new QueryError(nextAt, $"A ':' must follow a field name ({QueryParser.FieldList}).");
            case RegexpToken.CARAT or RegexpToken.FUZZY_SLOP:
                return new QueryError(nextAt, $"'{next.Image}' must follow a word or a phrase.");
            case RegexpToken.EOF:
                return new QueryError(text.Original.Length, "The query ends where a word or a group was expected.");
            default:
                return new QueryError(nextAt, $"Unexpected '{next.Image}' here.");
        }
    }

    [GeneratedRegex(@"column (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Column();
}
