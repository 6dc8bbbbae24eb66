using System.Globalization;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction.Persons;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// Rebuilds the name tagger's data files from the shared data, deterministically. From the development part of
/// CLICK-ID (its held-out quarter left out) and the text of the NER train splits: the capitalisation lexicon and the
/// word clusters. Then a first model is trained on NERGrit and NERP (train, plus valid unless <c>development</c>
/// keeps the valid splits for scoring each epoch and writes their errors), run over CLICK-ID to make the name profiles, and the final model
/// is trained with them. With <c>folds</c> the development run also cross-validates over NERGrit train + valid. Test splits are never read.
/// </summary>
public static class NameTaggerTraining
{
    public static void Run(string sharedData, string outputFolder, NameTrainerOptions options, bool development, TextWriter log, int folds = 0)
    {
        var texts = ClickIdCorpus.ReadDevelopment(ClickIdCorpus.PathUnder(sharedData)).Select(article => article.Text).ToList();
        var counted = CapitalisationLexicon.Count(texts);
        Write(outputFolder, CapitalisationLexicon.DataFile, LexiconHeader, counted, log);
        var capitals = CapitalisationLexicon.Parse(counted);

        string Split(string set, string split) => Path.Combine(sharedData, "ner", set, split + ".tsv");
        var clustered = WordClusters.Build(texts.Concat(new[] { "nergrit", "nerp" }.SelectMany(set => LabelledSentence.ReadConll(Split(set, "train")).Select(s => s.Text))));
        Write(outputFolder, WordClusters.DataFile, ClustersHeader, clustered, log);
        var clusters = WordClusters.Parse(clustered);

        var splits = development ? new[] { "train" } : ["train", "valid"];
        var sentences = splits.SelectMany(split => new[] { "nergrit", "nerp" }.SelectMany(set => LabelledSentence.ReadConll(Split(set, split)))).ToList();
        log.WriteLine($"training on {sentences.Count} sentences ({string.Join(" + ", splits)} of NERGrit and NERP), {options.Epochs} epochs, seed {options.Seed}");

        var (profiled, features) = Profiled(sentences, texts, capitals, clusters, options);
        Write(outputFolder, NameProfiles.DataFile, ProfilesHeader, profiled, log);
        var validation = development
            ? new[] { "nergrit", "nerp" }.Select(set => (set, LabelledSentence.ReadConll(Split(set, "valid")).ToList())).ToList()
            : [];
        var (weights, transition) = new NameTrainer(features, options).Train(sentences, development ? (epoch, model) =>
        {
            var tagger = new NameTagger(model, features);
            foreach (var (set, valid) in validation)
            {
                var report = NerEvaluation.Run(valid, (text, words) => tagger.Tag(text, words), pipeline: null);
                var person = report.For(NameClass.Person);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch} {set} valid: person F1 {person.F1:0.000} (P {person.Precision:0.000} R {person.Recall:0.000}), organisation {report.For(NameClass.Organisation).F1:0.000}, place {report.For(NameClass.Place).F1:0.000}"));
            }
        }
        : null);

        if (development)
        {
            foreach (var fraction in new[] { 0f, 0.002f, 0.005f, 0.01f, 0.02f, 0.04f })
            {
                var pruned = NameModel.Pruned(weights, fraction);
                var tagger = new NameTagger(new NameModel(pruned, transition), features);
                foreach (var (set, valid) in validation)
                {
                    var person = NerEvaluation.Run(valid, (text, words) => tagger.Tag(text, words), pipeline: null).For(NameClass.Person);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pruned below {fraction}: {pruned.Count} features, {set} valid person F1 {person.F1:0.000} (P {person.Precision:0.000} R {person.Recall:0.000})"));
                }
            }
        }

        if (development && folds > 1)
        {
            CrossValidate(Split, texts, capitals, clusters, options, folds, outputFolder, log);
        }

        weights = NameModel.Pruned(weights, options.PruneBelow);
        if (development)
        {
            // The errors of the model written, for study: valid splits only (the test splits are never read here).
            var tagger = new NameTagger(new NameModel(weights, transition), features);
            foreach (var (set, valid) in validation)
            {
                var errorsPath = Path.Combine(outputFolder, $"{set}-valid-errors.txt");
                File.WriteAllText(errorsPath, NerEvaluation.Run(valid, (text, words) => tagger.Tag(text, words), pipeline: null).Format(differences: true));
                log.WriteLine($"{set} valid errors -> {errorsPath}");
            }
        }

        var modelPath = Path.Combine(outputFolder, Path.GetFileName(NameModel.DataFile));
        using (var stream = File.Create(modelPath))
        {
            NameModel.Save(stream, weights, transition);
        }

        log.WriteLine($"model: {weights.Count} features -> {modelPath} ({new FileInfo(modelPath).Length:N0} bytes)");
        Write(outputFolder, NameFeatures.LexiconsFile, LexiconsHeader, [features.LexiconFingerprint()], log);
    }

    /// <summary>
    /// The name profiles made by a first tagger trained on <paramref name="sentences"/>, and the features that use them.
    /// </summary>
    private static (IReadOnlyList<string> Profiled, NameFeatures Features) Profiled(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<string> texts, CapitalisationLexicon capitals, WordClusters clusters, NameTrainerOptions options)
    {
        var firstFeatures = new NameFeatures(PersonLexicon.Default, Gazetteer.Default, capitals, clusters, NameProfiles.Empty);
        var (firstWeights, firstTransition) = new NameTrainer(firstFeatures, options).Train(sentences);
        var firstTagger = new NameTagger(new NameModel(firstWeights, firstTransition), firstFeatures);
        var profiled = NameProfiles.Build(texts, firstTagger);
        return (profiled, new NameFeatures(PersonLexicon.Default, Gazetteer.Default, capitals, clusters, NameProfiles.Parse(profiled)));
    }

    /// <summary>
    /// K-fold cross-validation over NERGrit's train and valid splits together (1,881 sentences, about 1,830 persons: nine
    /// times valid's, so a change is judged on more names than valid alone holds). Sentence i is in fold i mod
    /// <paramref name="folds"/>; each fold is tagged by a model trained, profiles included, on NERP train and the other
    /// folds. The folds' persons are counted together.
    /// </summary>
    private static void CrossValidate(Func<string, string, string> split, IReadOnlyList<string> texts, CapitalisationLexicon capitals, WordClusters clusters, NameTrainerOptions options, int folds, string outputFolder, TextWriter log)
    {
        var nergrit = new[] { "train", "valid" }.SelectMany(part => LabelledSentence.ReadConll(split("nergrit", part))).ToList();
        var nerp = LabelledSentence.ReadConll(split("nerp", "train")).ToList();
        var taggers = new Dictionary<IReadOnlyList<Word>, (NameFeatures Features, IReadOnlyList<(ulong Key, float[] Weights)> Weights, float[] Transition)>(ReferenceEqualityComparer.Instance);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = nergrit.Where((_, i) => i % folds == fold).ToList();
            var training = nergrit.Where((_, i) => i % folds != fold).Concat(nerp).ToList();
            var (_, features) = Profiled(training, texts, capitals, clusters, options);
            var (weights, transition) = new NameTrainer(features, options).Train(training);
            foreach (var sentence in held)
            {
                taggers[sentence.Words] = (features, weights, transition);
            }
        }

        foreach (var fraction in new[] { 0f, 0.01f, 0.02f })
        {
            var built = taggers.Values.Distinct().ToDictionary(t => t, t => new NameTagger(new NameModel(NameModel.Pruned(t.Weights, fraction), t.Transition), t.Features));
            var report = NerEvaluation.Run(nergrit, (text, words) => built[taggers[words]].Tag(text, words), pipeline: null);
            var person = report.For(NameClass.Person);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross-validated ({folds} folds) pruned below {fraction}: nergrit person F1 {person.F1:0.000} (P {person.Precision:0.000} R {person.Recall:0.000})"));
            if (fraction == options.PruneBelow)
            {
                File.WriteAllText(Path.Combine(outputFolder, "nergrit-cross-validated-errors.txt"), report.Format(differences: true));
            }
        }
    }

    private static void Write(string folder, string dataFile, string[] header, IReadOnlyList<string> lines, TextWriter log)
    {
        var path = Path.Combine(folder, Path.GetFileName(dataFile));
        File.WriteAllLines(path, header.Concat(lines));
        log.WriteLine($"{Path.GetFileName(dataFile)}: {lines.Count} words -> {path}");
    }

    private const string Source = "the development part of the CLICK-ID corpus (William & Sari 2020, doi:10.17632/k42j7x2kpn.1, CC BY 4.0; data changed: reduced to these figures; its held-out quarter left out)";

    private static readonly string[] LexiconHeader =
    [
        "# How often a word is capitalised when it does not open a sentence, for the name tagger (word TAB class: see",
        "# CapitalisationLexicon.Classify), words seen at least 3 times. Counted by ./netralitas train-ner over",
        "# " + Source + ".",
    ];

    private static readonly string[] ClustersHeader =
    [
        "# Word clusters for the name tagger (word TAB one of 64 TAB one of 512: see WordClusters.Build), words seen at",
        "# least 5 times. Computed by ./netralitas train-ner from " + Source,
        "# and the text of the NERGrit and NERP train splits (IndoNLU).",
    ];

    private static readonly string[] LexiconsHeader =
    [
        "# The fingerprint (SHA-256) of the person and place lexicons the name tagger's features read, as they were when",
        "# ./netralitas train-ner wrote name-model.bin beside this file. A test compares it with the lexicons of the code:",
        "# when they differ, the model no longer comes out of train-ner; run it again and commit Data/.",
    ];

    private static readonly string[] ProfilesHeader =
    [
        "# Name profiles for the name tagger (word TAB person band TAB organisation band TAB place band: see NameProfiles),",
        "# capitalised words seen at least 3 times. Made by ./netralitas train-ner: a first tagger, trained on the NERGrit and",
        "# NERP splits (IndoNLU), was run over " + Source + ".",
    ];
}
