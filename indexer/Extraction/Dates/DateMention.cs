namespace NetralitasSearch.Indexer.Extraction.Dates;

/// <summary>A date written in the text; <see cref="WithDayName"/> when a day name goes with it ("Senin (24/6/2024)").</summary>
internal sealed record DateMention(DateOnly Date, int Start, int Length, bool WithDayName, bool YearInferred);
