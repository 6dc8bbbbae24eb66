using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace NetralitasSearch.Functions.Security;

/// <summary>
/// The host's console log: one line per entry, as the simple single-line formatter writes it
/// (<c>09:11:25 info: Category[EventId] message exception</c>), passed through <see cref="SecretRedactor"/> last,
/// so that no logger, ours or the framework's, at any level, can print a key.
/// </summary>
public sealed class RedactingConsoleFormatter(SecretRedactor redactor) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "redacting";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var line = new StringBuilder()
            .Append(DateTime.Now.ToString("HH:mm:ss ", CultureInfo.InvariantCulture))
            .Append(Level(logEntry.LogLevel))
            .Append(": ")
            .Append(logEntry.Category)
            .Append('[')
            .Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture))
            .Append("] ")
            .Append(message);
        if (logEntry.Exception is not null)
        {
            line.Append(' ').Append(logEntry.Exception);
        }

        textWriter.WriteLine(redactor.Redact(line.ToString().ReplaceLineEndings(" ")));
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
