namespace NetralitasSearch.Functions.Scraping;

/// <summary>A read URL list: the URLs to fetch (normalised, each once, in list order) and the lines that are not URLs.</summary>
public sealed record UrlList(IReadOnlyList<Uri> Urls, IReadOnlyList<RejectedLine> Rejected);
