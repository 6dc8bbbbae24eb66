using System.Globalization;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Aggregates;

/// <summary>
/// An aggregate as CSV, in <see cref="CsvExport"/>'s form (UTF-8 with a byte-order mark, RFC 4180, formulas made
/// inert). One field: a row per value, <c>{by},count,documents</c>. Two fields: <c>{by},{then},count,documents</c>, a
/// row per value with the second cell empty (its own counts: a story with two values of the second field is one
/// story there), then a row per pair, so a spreadsheet filters or pivots it without counting a story twice.
/// </summary>
public static class AggregateCsv
{
    public static byte[] Write(AggregateResponse response, AggregateField by, AggregateField? then)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = new List<string> { AggregateParameters.NameOf(by) };
        if (then is { } second)
        {
            header.Add(AggregateParameters.NameOf(second));
        }

        header.AddRange(["count", "documents"]);
        return CsvExport.Write(header, Rows(response.Buckets, then is not null));
    }

    private static IEnumerable<IEnumerable<string?>> Rows(IReadOnlyList<AggregateBucket> buckets, bool pairs)
    {
        static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        foreach (var bucket in buckets)
        {
            if (!pairs)
            {
                yield return [bucket.Value, Number(bucket.Count), Number(bucket.Documents)];
                continue;
            }

            yield return [bucket.Value, "", Number(bucket.Count), Number(bucket.Documents)];
            foreach (var inner in bucket.Buckets)
            {
                yield return [bucket.Value, inner.Value, Number(inner.Count), Number(inner.Documents)];
            }
        }
    }
}
