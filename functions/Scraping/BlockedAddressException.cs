namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Thrown from the connect callback when every address of a host is refused by the <see cref="AddressGuard"/>.
/// A type of its own because it is caught differently from network trouble: it is a refusal with a reason to
/// record, not an outage to report.
/// </summary>
public sealed class BlockedAddressException(string message) : IOException(message);
