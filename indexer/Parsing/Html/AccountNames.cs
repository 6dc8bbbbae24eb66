namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Names that CMSs put in author fields when nobody signed the article: the login of the account that posted it
/// (Joomla's "Super User", Drupal's "admin", WordPress's "administrator"). They are not a person's byline.
/// </summary>
internal static class AccountNames
{
    private static readonly HashSet<string> Accounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "super user", "superuser", "super admin", "superadmin", "admin", "administrator", "admin web", "admin website",
        "webmaster", "operator", "operator web", "anonymous", "anonim", "guest",
    };

    public static bool IsAccount(string name) => Accounts.Contains(name.Trim());
}
