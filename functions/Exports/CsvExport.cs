using System.Globalization;
using System.Text;

namespace NetralitasSearch.Functions.Exports;

/// <summary>
/// The CSV of an export as a spreadsheet opens it cleanly: UTF-8 with a byte-order mark (Excel reads Indonesian and
/// curly quotes right only with it), a header row, one row per document, several values in one cell joined with
/// "; ", RFC 4180 quoting and CRLF line ends. A cell that a spreadsheet would take for a formula (starting with
/// = + - @, or a tab or carriage return that hides one) gets a leading apostrophe: exported text comes from
/// scraped pages, and a headline must never run as a formula on a journalist's machine.
/// </summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> Columns = ["id", "title", "published", "source", "url", "regencies", "provinces", "persons", "violations", "file"];

    public static byte[] Write(IEnumerable<ExportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Write(Columns, rows.Select(row => new[]
        {
            row.Id,
            row.Title,
            row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.Source,
            row.Url,
            Join(row.Regencies),
            Join(row.Provinces),
            Join(row.Persons.Select(p => p.Position is null ? p.Name : $"{p.Name} ({p.Position})")),
            Join(row.Violations),
            row.File,
        }));
    }

    /// <summary>Any table in the same form: the header row, then the rows, each cell made inert and quoted as needed.</summary>
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>One cell as written: made inert if it looks like a formula, then quoted if it needs to be.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }
}
