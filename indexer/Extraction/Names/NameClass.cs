namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>What a tagged name refers to: the classes of the IndoNLU NER sets, merged (NERGrit PERSON/PLACE/ORGANISATION,
/// NERP PPL/PLC/IND, and NERP's events and foods as <see cref="Other"/>).</summary>
public enum NameClass
{
    Person,
    Organisation,
    Place,
    Other,
}
