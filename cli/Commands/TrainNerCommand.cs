using NetralitasSearch.Indexer.Extraction.Names;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// <c>train-ner [--data DIR] [--out DIR] [--epochs N] [--dev]</c>: rebuilds the name tagger's capitalisation lexicon and
/// model from the shared data (NERGrit and NERP train + valid, CLICK-ID without its held-out quarter), deterministically.
/// With --dev it trains on train only and scores the valid splits after each epoch.
/// </summary>
internal static class TrainNerCommand
{
    public const int DefaultEpochs = 12;

    public const int DefaultEnsemble = 4;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: ["data", "out", "epochs", "ensemble"], switches: ["dev"]);
        var data = options.Value("data") ?? RepositoryLayout.SharedData()
            ?? throw new OptionException("../shared/data is absent: give --data DIR (the folder holding ner/ and news-corpus/).");
        if (!Directory.Exists(Path.Combine(data, "ner")) || !File.Exists(Indexer.Evaluation.ClickIdCorpus.PathUnder(data)))
        {
            throw new OptionException($"{data} does not hold ner/ and news-corpus/clickid-articles.jsonl.");
        }

        var outFolder = options.Value("out") ?? (RepositoryLayout.Root() is { } root ? Path.Combine(root, "indexer", "Extraction", "Names", "Data")
            : throw new OptionException("the repository is not found from here: give --out DIR."));
        Directory.CreateDirectory(outFolder);
        var trainer = new NameTrainerOptions(Epochs: options.Int("epochs", DefaultEpochs, 1, 100), Ensemble: options.Int("ensemble", DefaultEnsemble, 1, 20));
        NameTaggerTraining.Run(data, outFolder, trainer, options.Flag("dev"), output);
        return 0;
    }
}
