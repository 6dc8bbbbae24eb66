namespace NetralitasSearch.Indexer.Parsing.Dates;

/// <summary>Where a candidate publication date was read, best source first.</summary>
internal enum DateOrigin
{
    /// <summary>The front matter of a text or Markdown file (published, date, ...).</summary>
    FrontMatter,

    /// <summary>A machine value: article:published_time, JSON-LD datePublished, &lt;time datetime&gt;, CMS meta tags.</summary>
    Metadata,

    /// <summary>A date shown beside the article: a date element of the theme, a stamp line under the headline.</summary>
    ShownOnPage,

    /// <summary>A stamp line at the top of a text ("Senin, 24 Juni 2024 10:15 WIB", "Diterbitkan 24/06/2024").</summary>
    StampLine,

    /// <summary>The day-name date of the opening paragraphs ("... Senin (24/6/2024)").</summary>
    Dateline,

    /// <summary>A circular's signing date.</summary>
    CircularSigning,
}
