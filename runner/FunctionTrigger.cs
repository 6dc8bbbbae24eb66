namespace NetralitasSearch.LocalRunner;

/// <summary>The trigger kinds of the isolated worker the runner knows how to drive.</summary>
public enum FunctionTrigger
{
    Http,
    Queue,
    Timer,
    Blob,
}
