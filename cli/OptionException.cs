namespace NetralitasSearch.Cli;

/// <summary>A command line that cannot be understood: the message says what to change. Caught once, in <see cref="CommandLine"/>.</summary>
internal sealed class OptionException(string message) : Exception(message);
