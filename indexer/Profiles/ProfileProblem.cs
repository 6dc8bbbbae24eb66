namespace NetralitasSearch.Indexer.Profiles;

/// <summary>Why a profile cannot be shown: the request is malformed (400) or names nothing the index holds (404).</summary>
public enum ProfileProblem
{
    BadRequest,
    NotFound,
}
