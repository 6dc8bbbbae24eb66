namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>How <see cref="NameTrainer"/> trains: passes over the data, the shuffling seed, the fewest times a feature
/// must occur in the training data to get a weight, how many models (seeds Seed, Seed + 1, ...) are averaged, and
/// below which fraction of the largest weight a weight is dropped from the model written. With <see cref="Crf"/> each
/// model is a linear-chain CRF trained by stochastic gradient descent (see <see cref="NameCrfTrainer"/>) with an L2
/// penalty of <see cref="L2"/> over the whole data and a first step of <see cref="LearningRate"/>; otherwise an
/// averaged perceptron (the default: see the README for the CRF's figures).</summary>
public sealed record NameTrainerOptions(int Epochs = 12, int Seed = 7, int MinimumFeatureCount = 2, int Ensemble = 4, float PruneBelow = 0.02f, bool Crf = false, double L2 = 1.0, double LearningRate = 0.1);
