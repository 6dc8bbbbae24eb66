namespace NetralitasSearch.Functions.Scraping;

/// <summary>A line of a URL list that cannot be fetched: its number (from 1; 0 for the count of lines not reported one by one), its text, and why.</summary>
public sealed record RejectedLine(int Number, string Text, string Reason);
