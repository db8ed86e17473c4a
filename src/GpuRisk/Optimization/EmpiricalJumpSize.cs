namespace GpuRisk.Optimization;

/// <summary>
/// Jump of the target hedge, given a jump: uniform over <paramref name="SampleCoins"/>, e.g. the
/// target moves seen on simulated paths in the checks where spot jumped.
/// </summary>
/// <param name="SampleCoins">Jumps of the target, coins (signed: + the target rises); at least one, all finite.</param>
public sealed record EmpiricalJumpSize(IReadOnlyList<double> SampleCoins) : JumpSizeLaw
{
    internal override double SecondMomentCoins2
    {
        get
        {
            double sum = 0;
            foreach (double x in SampleCoins) sum += x * x;
            return sum / SampleCoins.Count;
        }
    }

    internal override double ReachCoins
    {
        get
        {
            double reach = 0;
            foreach (double x in SampleCoins) reach = Math.Max(reach, Math.Abs(x));
            return reach;
        }
    }

    internal override LatticeMass ToLattice(double stepCoins) => LatticeMass.Points(SampleCoins, stepCoins);

    internal override void Validate(string owner)
    {
        if (SampleCoins is null || SampleCoins.Count == 0)
            throw new ArgumentException($"{owner}: the empirical jump sample is empty", nameof(SampleCoins));
        foreach (double x in SampleCoins) OptimizationInput.RequireFinite(x, owner, "jump sample");
    }
}
