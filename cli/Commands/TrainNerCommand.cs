using System.CommandLine;
using NetralitasSearch.Indexer.Extraction.Names;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// <c>train-ner [--data DIR] [--out DIR] [--epochs N] [--ensemble N] [--seed N] [--trainer perceptron|crf] [--dev [--folds K]]</c>: rebuilds the name tagger's capitalisation
/// lexicon and model from the shared data (NERGrit and NERP train + valid, CLICK-ID without its held-out quarter),
/// deterministically. With --dev it trains on train only and scores the valid splits after each epoch.
/// </summary>
internal static class TrainNerCommand
{
    public const int DefaultEpochs = 12;

    public const int DefaultEnsemble = 4;

    public static readonly int DefaultSeed = new NameTrainerOptions().Seed;

    public static Command Create(TextWriter output)
    {
        var data = Options.Text("--data", "the folder holding ner/ and news-corpus/ (default: ../shared/data)", "DIR");
        var outFolder = Options.Text("--out", "where the model files are written (default: indexer/Extraction/Names/Data)", "DIR");
        var epochs = Options.Int("--epochs", "training passes", DefaultEpochs, 1, 100);
        var ensemble = Options.Int("--ensemble", "models averaged", DefaultEnsemble, 1, 20);
        var seed = Options.Int("--seed", "shuffling seed of the first perceptron (the others take the next seeds)", DefaultSeed, 0, 1_000_000);
        var folds = Options.Int("--folds", "with --dev, also cross-validate over NERGrit train + valid in K folds (0: not)", 0, 0, 20);
        var trainer = Options.OneOf("--trainer", "how each model of the ensemble is trained: an averaged perceptron or a CRF (stochastic gradient descent)", "perceptron", "crf", "perceptron");
        var dev = Options.Flag("--dev", "train on the train splits only and score the valid splits per epoch and pruning level");
        var command = new Command("train-ner", "rebuild the name tagger's files from the IndoNLU NER sets and CLICK-ID (deterministic)")
        {
            data, outFolder, epochs, ensemble, seed, trainer, dev, folds,
        };
        command.SetAction(parsed => Run(parsed.GetValue(data), parsed.GetValue(outFolder), new NameTrainerOptions(Epochs: parsed.GetValue(epochs), Seed: parsed.GetValue(seed), Ensemble: parsed.GetValue(ensemble), Crf: parsed.GetValue(trainer) == "crf"), parsed.GetValue(dev), parsed.GetValue(folds), output));
        return command;
    }

    private static int Run(string? data, string? outFolder, NameTrainerOptions trainer, bool dev, int folds, TextWriter output)
    {
        data ??= RepositoryLayout.SharedData()
            ?? throw new OptionException("../shared/data is absent: give --data DIR (the folder holding ner/ and news-corpus/).");
        if (!Directory.Exists(Path.Combine(data, "ner")) || !File.Exists(Indexer.Evaluation.ClickIdCorpus.PathUnder(data)))
        {
            throw new OptionException($"{data} does not hold ner/ and news-corpus/clickid-articles.jsonl.");
        }

        outFolder ??= RepositoryLayout.Root() is { } root ? Path.Combine(root, "indexer", "Extraction", "Names", "Data")
            : throw new OptionException("the repository is not found from here: give --out DIR.");
        Directory.CreateDirectory(outFolder);
        NameTaggerTraining.Run(data, outFolder, trainer, dev, output, folds);
        return 0;
    }
}
