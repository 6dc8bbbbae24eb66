namespace NetralitasSearch.Functions.Functions;

/// <summary>The {id} of the document routes: lower-case hexadecimal, as <c>DocumentId</c> makes it; anything else is a 400 before storage is asked.</summary>
internal static class DocumentIdParameter
{
    public const int MaxLength = 64;

    /// <summary>The 400 answer for a malformed id, or null when it is well formed.</summary>
    public static IResult? Check(string id) =>
        id.Length is 0 or > MaxLength || !id.All(char.IsAsciiHexDigitLower)
            ? ErrorResults.BadRequest("A document id is 20 lower-case hexadecimal characters.")
            : null;
}
