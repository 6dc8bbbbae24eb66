namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>How <see cref="NameTrainer"/> trains: passes over the data, the shuffling seed, the fewest times a feature
/// must occur in the training data to get a weight, and how many perceptrons (seeds Seed, Seed + 1, ...) are averaged.</summary>
public sealed record NameTrainerOptions(int Epochs = 12, int Seed = 7, int MinimumFeatureCount = 2, int Ensemble = 4);
