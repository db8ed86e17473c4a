using GpuRisk.Pricing;

namespace GpuRisk.MonteCarlo;

/// <summary>What a pricing simulation returns.</summary>
public sealed class SimulationResult
{
    private readonly PathBatches _batches;
    private readonly double[] _greekBatchMeans;

    /// <param name="options">Per job option, in the job's order: figures for one coin at the option's spot.</param>
    /// <param name="parts">Per job part, in the job's order.</param>
    /// <param name="greekBatchMeans">Per option, Greek (delta, gamma, vega, theta) and batch: the batch's mean in DESIGN.md units, at [(option x 4 + greek) x batches + batch].</param>
    /// <param name="batches">The error batches.</param>
    /// <param name="device">Device name.</param>
    /// <param name="memory">The device memory it allocated, and the chunk that fitted the budget (zero when finished from merged shards).</param>
    internal SimulationResult(IReadOnlyList<OptionEstimate> options, IReadOnlyList<PartEstimate> parts, double[] greekBatchMeans,
        PathBatches batches, string device, SimulationMemory memory)
    {
        Options = options;
        Parts = parts;
        _greekBatchMeans = greekBatchMeans;
        _batches = batches;
        Device = device;
        Memory = memory;
    }

    /// <summary>Per job option, in the job's order: figures for one coin at the option's spot.</summary>
    public IReadOnlyList<OptionEstimate> Options { get; }

    /// <summary>Per job part, in the job's order: mean of its per-path value and the standard error from those values.</summary>
    public IReadOnlyList<PartEstimate> Parts { get; }

    /// <summary>Paths simulated.</summary>
    public long Paths => _batches.Paths;

    /// <summary>Device name.</summary>
    public string Device { get; }

    /// <summary>
    /// The device memory it allocated (at most <see cref="MonteCarloSettings.MemoryBudgetBytes"/>) and its chunk of paths;
    /// zero when it was finished from merged shards' states (the merge simulates nothing).
    /// </summary>
    public SimulationMemory Memory { get; }

    /// <summary>
    /// Batch-means standard errors of the Greeks of a holding of options (quantity-weighted sum): the Greeks'
    /// per-batch means are summed per batch first, so correlations between options on common paths are counted.
    /// </summary>
    public GreekStdErrs GreekErrors(IEnumerable<(int Option, double Quantity)> holdings)
    {
        int batches = _batches.Count;
        var perBatch = new double[4][];
        for (int g = 0; g < 4; g++) perBatch[g] = new double[batches];
        foreach (var (option, quantity) in holdings)
        {
            for (int g = 0; g < 4; g++)
            {
                int row = (option * 4 + g) * batches;
                for (int b = 0; b < batches; b++) perBatch[g][b] += quantity * _greekBatchMeans[row + b];
            }
        }
        return new GreekStdErrs(PathBatches.StandardError(perBatch[0]), PathBatches.StandardError(perBatch[1]),
            PathBatches.StandardError(perBatch[2]), PathBatches.StandardError(perBatch[3]));
    }
}
