namespace NetralitasSearch.Functions;

/// <summary>Headers on every response: the page loads only its own scripts and styles and sends no referrer.</summary>
public static class SecurityHeaders
{
    public static void Set(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
