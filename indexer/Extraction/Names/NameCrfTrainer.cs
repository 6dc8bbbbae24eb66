namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// Trains the name tagger's weights as a linear-chain conditional random field (Lafferty, McCallum and Pereira 2001):
/// the log-likelihood of the gold tags under the same lattice Viterbi decodes (a word that is not scored is outside, I
/// only after its class, no name right after one of its class where only spaces stand between), with an L2 penalty,
/// maximised by stochastic gradient descent with forward-backward in log space. The penalty is kept as one scale over
/// all feature weights (Bottou 2010), so a step costs only the features of its sentence. The step shrinks as 1 / epoch;
/// the weights returned are the mean of those at the end of each epoch of the second half. Deterministic: the
/// sentences are shuffled with a fixed seed each epoch and summed in one order.
/// </summary>
internal static class NameCrfTrainer
{
    public static (IReadOnlyList<(ulong Key, float[] Weights)> Features, float[] Transition) Train(List<ulong> keys, List<NameTrainer.Prepared> prepared, NameTrainerOptions options, int seed, Action<int, NameModel>? afterEpoch)
    {
        var tags = NameTags.Count;
        var values = new double[keys.Count * tags];
        var scale = 1.0;
        var transition = new double[tags * tags];
        var count = prepared.Count;
        var lambda = options.L2 / count;
        var longest = prepared.Count == 0 ? 1 : Math.Max(1, prepared.Max(p => p.Rows.Length));
        var emissions = new double[longest * tags];
        var alpha = new double[longest * tags];
        var beta = new double[longest * tags];
        var pairs = new double[tags * tags];
        var pairsJoined = new double[tags * tags];
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        var step = 0L;
        var averageFrom = (options.Epochs / 2) + 1;
        var averaged = new double[values.Length];
        var averagedTransition = new double[transition.Length];
        var snapshots = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = prepared[index];
                var eta = options.LearningRate / (1.0 + ((double)step / count));
                step++;
                var decay = 1 - (eta * lambda);
                scale *= decay;
                for (var k = 0; k < transition.Length; k++)
                {
                    transition[k] *= decay;
                }

                if (scale < 1e-6)
                {
                    for (var k = 0; k < values.Length; k++)
                    {
                        values[k] *= scale;
                    }

                    scale = 1;
                }

                if (!GoldAllowed(sentence))
                {
                    continue;
                }

                Pairs(transition, pairs, pairsJoined);
                var length = sentence.Rows.Length;
                Emissions(sentence, values, scale, emissions);
                var logZ = Forward(sentence, emissions, pairs, pairsJoined, alpha);
                Backward(sentence, emissions, pairs, pairsJoined, beta);
                if (double.IsNegativeInfinity(logZ) || double.IsNaN(logZ))
                {
                    continue;
                }

                var gain = eta / scale;
                for (var i = 0; i < length; i++)
                {
                    var gold = sentence.Gold[i];
                    var table = sentence.Joined is not null && sentence.Joined[i] ? pairsJoined : pairs;
                    var last = sentence.Free[i] ? tags : 1;
                    if (sentence.Free[i])
                    {
                        for (var t = 0; t < tags; t++)
                        {
                            var gradient = (t == gold ? 1.0 : 0.0) - Math.Exp(alpha[(i * tags) + t] + beta[(i * tags) + t] - logZ);
                            if (gradient == 0)
                            {
                                continue;
                            }

                            foreach (var row in sentence.Rows[i])
                            {
                                values[(row * tags) + t] += gain * gradient;
                            }
                        }
                    }

                    var previousGold = i == 0 ? NameTags.Outside : sentence.Gold[i - 1];
                    transition[(previousGold * tags) + gold] += eta;
                    for (var t = 0; t < last; t++)
                    {
                        var emitted = emissions[(i * tags) + t] + beta[(i * tags) + t] - logZ;
                        if (i == 0)
                        {
                            transition[(NameTags.Outside * tags) + t] -= eta * Math.Exp(table[(NameTags.Outside * tags) + t] + emitted);
                            continue;
                        }

                        for (var p = 0; p < tags; p++)
                        {
                            var score = alpha[((i - 1) * tags) + p] + table[(p * tags) + t];
                            if (!double.IsNegativeInfinity(score))
                            {
                                transition[(p * tags) + t] -= eta * Math.Exp(score + emitted);
                            }
                        }
                    }
                }
            }

            if (epoch >= averageFrom)
            {
                for (var k = 0; k < values.Length; k++)
                {
                    averaged[k] += values[k] * scale;
                }

                for (var k = 0; k < transition.Length; k++)
                {
                    averagedTransition[k] += transition[k];
                }

                snapshots++;
            }

            if (afterEpoch is not null)
            {
                var (features, transitions) = snapshots > 0
                    ? Weights(keys, averaged, 1.0 / snapshots, averagedTransition.Select(w => w / snapshots).ToArray())
                    : Weights(keys, values, scale, transition);
                afterEpoch(epoch, new NameModel(features, transitions));
            }
        }

        return snapshots > 0
            ? Weights(keys, averaged, 1.0 / snapshots, averagedTransition.Select(w => w / snapshots).ToArray())
            : Weights(keys, values, scale, transition);
    }

    private static (IReadOnlyList<(ulong Key, float[] Weights)>, float[]) Weights(List<ulong> keys, double[] values, double scale, double[] transition)
    {
        var tags = NameTags.Count;
        var features = new List<(ulong, float[])>(keys.Count);
        for (var row = 0; row < keys.Count; row++)
        {
            var weights = new float[tags];
            var any = false;
            for (var t = 0; t < tags; t++)
            {
                weights[t] = (float)(values[(row * tags) + t] * scale);
                any |= weights[t] != 0;
            }

            if (any)
            {
                features.Add((keys[row], weights));
            }
        }

        return (features, transition.Select(w => (float)w).ToArray());
    }

    /// <summary>Whether the gold tags are a path of the lattice (a name right after one of its class with only spaces
    /// between is not; such a sentence cannot be learnt and is left out).</summary>
    private static bool GoldAllowed(NameTrainer.Prepared sentence)
    {
        for (var i = 0; i < sentence.Gold.Length; i++)
        {
            var previous = i == 0 ? NameTags.Outside : sentence.Gold[i - 1];
            var tag = sentence.Gold[i];
            if (!NameTags.Allowed(previous, tag) || (!sentence.Free[i] && tag != NameTags.Outside)
                || (sentence.Joined is not null && sentence.Joined[i] && Adjacent(previous, tag)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Adjacent(int previous, int tag) =>
        NameTags.IsBegin(tag) && previous != NameTags.Outside && NameTags.ClassOf(previous) == NameTags.ClassOf(tag);

    private static void Pairs(double[] transition, double[] pairs, double[] pairsJoined)
    {
        var tags = NameTags.Count;
        for (var p = 0; p < tags; p++)
        {
            for (var t = 0; t < tags; t++)
            {
                pairs[(p * tags) + t] = NameTags.Allowed(p, t) ? transition[(p * tags) + t] : double.NegativeInfinity;
                pairsJoined[(p * tags) + t] = Adjacent(p, t) ? double.NegativeInfinity : pairs[(p * tags) + t];
            }
        }
    }

    private static void Emissions(NameTrainer.Prepared sentence, double[] values, double scale, double[] emissions)
    {
        var tags = NameTags.Count;
        Array.Clear(emissions, 0, sentence.Rows.Length * tags);
        for (var i = 0; i < sentence.Rows.Length; i++)
        {
            if (!sentence.Free[i])
            {
                continue;
            }

            var at = i * tags;
            foreach (var row in sentence.Rows[i])
            {
                for (var t = 0; t < tags; t++)
                {
                    emissions[at + t] += values[(row * tags) + t];
                }
            }

            for (var t = 0; t < tags; t++)
            {
                emissions[at + t] *= scale;
            }
        }
    }

    /// <summary>alpha[i, t]: the log of the summed scores of every path of words 0..i ending in t; returns log Z.</summary>
    private static double Forward(NameTrainer.Prepared sentence, double[] emissions, double[] pairs, double[] pairsJoined, double[] alpha)
    {
        var tags = NameTags.Count;
        var length = sentence.Rows.Length;
        Span<double> terms = stackalloc double[tags];
        for (var i = 0; i < length; i++)
        {
            var table = sentence.Joined is not null && sentence.Joined[i] ? pairsJoined : pairs;
            var last = sentence.Free[i] ? tags : 1;
            for (var t = 0; t < tags; t++)
            {
                if (t >= last)
                {
                    alpha[(i * tags) + t] = double.NegativeInfinity;
                    continue;
                }

                if (i == 0)
                {
                    alpha[t] = table[(NameTags.Outside * tags) + t] + emissions[t];
                    continue;
                }

                for (var p = 0; p < tags; p++)
                {
                    terms[p] = alpha[((i - 1) * tags) + p] + table[(p * tags) + t];
                }

                alpha[(i * tags) + t] = LogSumExp(terms) + emissions[(i * tags) + t];
            }
        }

        return length == 0 ? 0 : LogSumExp(alpha.AsSpan((length - 1) * tags, tags));
    }

    /// <summary>beta[i, t]: the log of the summed scores of every path of words i + 1.. after t at word i.</summary>
    private static void Backward(NameTrainer.Prepared sentence, double[] emissions, double[] pairs, double[] pairsJoined, double[] beta)
    {
        var tags = NameTags.Count;
        var length = sentence.Rows.Length;
        Span<double> terms = stackalloc double[tags];
        for (var i = length - 1; i >= 0; i--)
        {
            if (i == length - 1)
            {
                beta.AsSpan(i * tags, tags).Fill(0);
                continue;
            }

            var table = sentence.Joined is not null && sentence.Joined[i + 1] ? pairsJoined : pairs;
            var last = sentence.Free[i + 1] ? tags : 1;
            for (var p = 0; p < tags; p++)
            {
                for (var t = 0; t < tags; t++)
                {
                    terms[t] = t < last ? table[(p * tags) + t] + emissions[((i + 1) * tags) + t] + beta[((i + 1) * tags) + t] : double.NegativeInfinity;
                }

                beta[(i * tags) + p] = LogSumExp(terms);
            }
        }
    }

    private static double LogSumExp(ReadOnlySpan<double> terms)
    {
        var max = double.NegativeInfinity;
        foreach (var term in terms)
        {
            max = Math.Max(max, term);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += Math.Exp(term - max);
        }

        return max + Math.Log(sum);
    }
}
