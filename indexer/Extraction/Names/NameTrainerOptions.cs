namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>How <see cref="NameTrainer"/> trains: passes over the data, the shuffling seed, the fewest times a feature
/// must occur in the training data to get a weight, how many perceptrons (seeds Seed, Seed + 1, ...) are averaged, and
/// below which fraction of the largest weight a weight is dropped from the model written.</summary>
public sealed record NameTrainerOptions(int Epochs = 12, int Seed = 7, int MinimumFeatureCount = 2, int Ensemble = 4, float PruneBelow = 0.02f);
