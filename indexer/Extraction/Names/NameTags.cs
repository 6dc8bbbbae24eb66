namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// The tagger's BIO tags as small integers: 0 is outside any name, then a B (begin) and an I (inside) tag per
/// <see cref="NameClass"/>. An I tag may only follow the B or I tag of its own class.
/// </summary>
internal static class NameTags
{
    public const int Outside = 0;

    public static readonly int Count = 1 + (2 * Enum.GetValues<NameClass>().Length);

    public static int Begin(NameClass nameClass) => 1 + (2 * (int)nameClass);

    public static int Inside(NameClass nameClass) => 2 + (2 * (int)nameClass);

    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static NameClass ClassOf(int tag) => (NameClass)((tag - 1) / 2);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/>: I-X only after B-X or I-X.</summary>
    public static bool Allowed(int previous, int tag) => !IsInside(tag) || (previous != Outside && ClassOf(previous) == ClassOf(tag));

    /// <summary>The tag of a CoNLL label of NERGrit or NERP ("B-PERSON", "I-PPL", "O"); unknown classes are <see cref="NameClass.Other"/>.</summary>
    public static int Parse(string label)
    {
        if (label.Length < 3 || label[1] != '-' || label[0] is not ('B' or 'I'))
        {
            return Outside;
        }

        var nameClass = label[2..] switch
        {
            "PERSON" or "PPL" or "PER" => NameClass.Person,
            "ORGANISATION" or "ORGANIZATION" or "IND" or "ORG" => NameClass.Organisation,
            "PLACE" or "PLC" or "LOC" => NameClass.Place,
            _ => NameClass.Other,
        };
        return label[0] == 'B' ? Begin(nameClass) : Inside(nameClass);
    }

    /// <summary>Mentions from a tag sequence (an I tag with no B before it opens a mention too).</summary>
    public static List<NameMention> Mentions(ReadOnlySpan<int> tags, IReadOnlyList<Text.Word> words)
    {
        var mentions = new List<NameMention>();
        var i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == Outside)
            {
                i++;
                continue;
            }

            var nameClass = ClassOf(tags[i]);
            var end = i + 1;
            while (end < tags.Length && IsInside(tags[end]) && ClassOf(tags[end]) == nameClass)
            {
                end++;
            }

            mentions.Add(new NameMention(nameClass, i, end - i, words[i].Start, words[end - 1].End - words[i].Start));
            i = end;
        }

        return mentions;
    }
}
