using System.CommandLine;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// <c>completion bash</c>: a bash completion function for <c>./netralitas</c>. It asks the CLI itself through
/// System.CommandLine's <c>[suggest:POSITION]</c> directive, so completion comes from the same definition as parsing
/// and help. Install with <c>source &lt;(./netralitas completion bash)</c>.
/// </summary>
internal static class CompletionCommand
{
    private const string Bash = """
        # bash completion for netralitas (./netralitas completion bash); answers come from the CLI's own definition
        _netralitas_complete() {
          local program="${COMP_WORDS[0]}"
          local line="${COMP_LINE:0:COMP_POINT}"
          local rest="${line#"$program"}"
          rest="${rest#" "}"
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$("$program" "[suggest:${#rest}]" "$rest" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _netralitas_complete netralitas ./netralitas
        """;

    public static Command Create(TextWriter output)
    {
        var shell = new Argument<string>("SHELL") { Description = "the shell (bash)" };
        shell.AcceptOnlyFromAmong("bash");
        var command = new Command("completion", "print a shell completion script: source <(./netralitas completion bash)") { shell };
        command.SetAction(_ =>
        {
            output.WriteLine(Bash);
            return 0;
        });
        return command;
    }
}
