namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// Trains the name tagger: a structured averaged perceptron (Collins 2002; averaging after Daumé) over the features
/// of <see cref="NameFeatures"/>, decoded with the same Viterbi the tagger runs, or a linear-chain CRF over the same
/// features and lattice (<see cref="NameCrfTrainer"/>). Deterministic: the sentences are
/// shuffled with a fixed seed each epoch, features get their rows in order of first appearance, and the model file
/// is written with its features sorted, so the same data gives the same bytes.
/// </summary>
internal sealed class NameTrainer(NameFeatures features, NameTrainerOptions options)
{
    private readonly NameFeatures features = features;
    private readonly NameTrainerOptions options = options;

    /// <summary>
    /// Trains on <paramref name="sentences"/>: <see cref="NameTrainerOptions.Ensemble"/> models (perceptrons or CRFs), each
    /// shuffled by its own seed, whose weights are averaged; <paramref name="afterEpoch"/> sees the averaged model of each
    /// epoch of the last one.
    /// </summary>
    public (IReadOnlyList<(ulong Key, float[] Weights)> Features, float[] Transition) Train(IReadOnlyList<LabelledSentence> sentences, Action<int, NameModel>? afterEpoch = null)
    {
        if (options.Ensemble <= 1)
        {
            return TrainOne(sentences, options.Seed, afterEpoch);
        }

        var tags = NameTags.Count;
        var sum = new Dictionary<ulong, float[]>();
        var transitionSum = new float[tags * tags];
        for (var member = 0; member < options.Ensemble; member++)
        {
            var (weights, transition) = TrainOne(sentences, options.Seed + member, member == options.Ensemble - 1 ? afterEpoch : null);
            foreach (var (key, values) in weights)
            {
                if (!sum.TryGetValue(key, out var total))
                {
                    sum[key] = total = new float[tags];
                }

                for (var t = 0; t < tags; t++)
                {
                    total[t] += values[t] / options.Ensemble;
                }
            }

            for (var i = 0; i < transitionSum.Length; i++)
            {
                transitionSum[i] += transition[i] / options.Ensemble;
            }
        }

        return (sum.OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value)).ToList(), transitionSum);
    }

    private (IReadOnlyList<(ulong Key, float[] Weights)> Features, float[] Transition) TrainOne(IReadOnlyList<LabelledSentence> sentences, int seed, Action<int, NameModel>? afterEpoch)
    {
        var (keys, prepared) = Prepare(sentences);
        return options.Crf
            ? NameCrfTrainer.Train(keys, prepared, options, seed, afterEpoch)
            : TrainPerceptron(keys, prepared, seed, afterEpoch);
    }

    /// <summary>The sentences as rows of features (those seen at least <see cref="NameTrainerOptions.MinimumFeatureCount"/>
    /// times, numbered in order of first appearance), which words are scored, and the gold tags.</summary>
    private (List<ulong> Keys, List<Prepared> Prepared) Prepare(IReadOnlyList<LabelledSentence> sentences)
    {
        var counts = new Dictionary<ulong, int>();
        var prepared = new List<Prepared>(sentences.Count);
        var extracted = new List<(List<ulong> Buffer, int[] Offsets, bool[] Free, bool[]? Joined)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var cased = NameFeatures.IsCased(sentence.Text);
            var free = features.FreeWords(sentence.Words, cased);
            var buffer = new List<ulong>();
            var offsets = new int[sentence.Words.Count + 1];
            features.Extract(sentence.Text, sentence.Words, cased, free, buffer, offsets);
            foreach (var key in buffer)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            extracted.Add((buffer, offsets, free, NameFeatures.JoinedWords(sentence.Text, sentence.Words, cased)));
        }

        var rowOf = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (buffer, offsets, free, joined) = extracted[s];
            var words = sentences[s].Words.Count;
            var rows = new int[words][];
            for (var i = 0; i < words; i++)
            {
                var list = new List<int>();
                for (var k = offsets[i]; k < offsets[i + 1]; k++)
                {
                    var key = buffer[k];
                    if (counts[key] < options.MinimumFeatureCount)
                    {
                        continue;
                    }

                    if (!rowOf.TryGetValue(key, out var row))
                    {
                        row = keys.Count;
                        rowOf[key] = row;
                        keys.Add(key);
                    }

                    list.Add(row);
                }

                rows[i] = [.. list];
            }

            // A gold name on a word the tagger never scores cannot be learnt; it stays in the evaluation as a miss.
            var gold = sentences[s].Tags.Select((tag, i) => free[i] ? tag : NameTags.Outside).ToArray();
            for (var i = 0; i < gold.Length; i++)
            {
                if (NameTags.IsInside(gold[i]) && !NameTags.Allowed(i == 0 ? NameTags.Outside : gold[i - 1], gold[i]))
                {
                    gold[i]--;
                }
            }

            prepared.Add(new Prepared(rows, free, gold, joined));
        }

        return (keys, prepared);
    }

    private (IReadOnlyList<(ulong Key, float[] Weights)> Features, float[] Transition) TrainPerceptron(List<ulong> keys, List<Prepared> prepared, int seed, Action<int, NameModel>? afterEpoch)
    {
        var tags = NameTags.Count;
        var weights = new float[keys.Count * tags];
        var totals = new float[keys.Count * tags];
        var transition = new float[tags * tags];
        var transitionTotals = new float[tags * tags];
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var random = new Random(seed);
        var step = 1f;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (rows, free, gold, joined) = prepared[index];
                var emissions = new float[rows.Length * tags];
                for (var i = 0; i < rows.Length; i++)
                {
                    foreach (var row in rows[i])
                    {
                        for (var t = 0; t < tags; t++)
                        {
                            emissions[(i * tags) + t] += weights[(row * tags) + t];
                        }
                    }
                }

                var predicted = NameTagger.Viterbi(rows.Length, free, emissions, transition, joined);

                for (var i = 0; i < rows.Length; i++)
                {
                    if (predicted[i] != gold[i])
                    {
                        foreach (var row in rows[i])
                        {
                            weights[(row * tags) + gold[i]] += 1;
                            totals[(row * tags) + gold[i]] += step;
                            weights[(row * tags) + predicted[i]] -= 1;
                            totals[(row * tags) + predicted[i]] -= step;
                        }
                    }

                    var goldPair = ((i == 0 ? NameTags.Outside : gold[i - 1]) * tags) + gold[i];
                    var predictedPair = ((i == 0 ? NameTags.Outside : predicted[i - 1]) * tags) + predicted[i];
                    if (goldPair != predictedPair)
                    {
                        transition[goldPair] += 1;
                        transitionTotals[goldPair] += step;
                        transition[predictedPair] -= 1;
                        transitionTotals[predictedPair] -= step;
                    }
                }

                step++;
            }

            if (afterEpoch is not null)
            {
                var (averagedFeatures, averagedTransition) = Averaged(keys, weights, totals, transition, transitionTotals, step);
                afterEpoch(epoch, new NameModel(averagedFeatures, averagedTransition));
            }
        }

        return Averaged(keys, weights, totals, transition, transitionTotals, step);
    }

    /// <summary>One training sentence: per word its feature rows, whether it is scored, its gold tag, and whether only spaces stand before it.</summary>
    internal readonly record struct Prepared(int[][] Rows, bool[] Free, int[] Gold, bool[]? Joined);

    private static (IReadOnlyList<(ulong Key, float[] Weights)>, float[]) Averaged(List<ulong> keys, float[] weights, float[] totals, float[] transition, float[] transitionTotals, float step)
    {
        var tags = NameTags.Count;
        var averaged = new List<(ulong, float[])>(keys.Count);
        for (var row = 0; row < keys.Count; row++)
        {
            var values = new float[tags];
            var any = false;
            for (var t = 0; t < tags; t++)
            {
                values[t] = weights[(row * tags) + t] - (totals[(row * tags) + t] / step);
                any |= values[t] != 0;
            }

            if (any)
            {
                averaged.Add((keys[row], values));
            }
        }

        var averagedTransition = transition.Select((w, i) => w - (transitionTotals[i] / step)).ToArray();
        return (averaged, averagedTransition);
    }
}
