namespace GpuRisk.Optimization;

/// <summary>
/// Law of dD, the move of the target hedge (the book's model hedge, minus its delta) over one check,
/// coins: dD = X + B J with X ~ N(0, <paramref name="DiffusiveVarianceCoins2"/>),
/// B ~ Bernoulli(<paramref name="JumpProbability"/>) and J ~ <paramref name="JumpSize"/>, independent.
/// The mismatch m = hedge - target moves to m - dD when the hedge is left alone.
/// </summary>
/// <remarks>
/// For a Black-Scholes book of gamma Gamma (coins per USD) over a check of dt years the diffusive
/// variance is about Gamma^2 S^2 sigma^2 dt; vanna, charm and vol-of-vol add to it, and the caller
/// estimates it (and the jumps) from simulated paths.
/// </remarks>
/// <param name="DiffusiveVarianceCoins2">Variance of the diffusive part per check, coins^2, &gt;= 0.</param>
/// <param name="JumpProbability">Probability of a jump in one check, 0 to 1.</param>
/// <param name="JumpSize">Law of the jump given one; required when <paramref name="JumpProbability"/> &gt; 0.</param>
public sealed record TargetIncrementLaw(double DiffusiveVarianceCoins2, double JumpProbability = 0, JumpSizeLaw? JumpSize = null)
{
    /// <summary>E[dD^2], coins^2 per check.</summary>
    public double SecondMomentCoins2 =>
        DiffusiveVarianceCoins2 + (JumpSize is null ? 0.0 : JumpProbability * JumpSize.SecondMomentCoins2);

    /// <summary>The law on the lattice of spacing <paramref name="stepCoins"/>, moves in steps (see <see cref="LatticeMass"/>).</summary>
    internal LatticeMass ToLattice(double stepCoins)
    {
        LatticeMass diffusive = LatticeMass.Normal(0.0, Math.Sqrt(DiffusiveVarianceCoins2), stepCoins);
        if (JumpSize is null || JumpProbability == 0) return diffusive;
        return diffusive.Mix(JumpProbability, diffusive.Convolve(JumpSize.ToLattice(stepCoins)));
    }

    /// <summary>How far one check can carry the mismatch, coins: six diffusive sd plus the jump reach.</summary>
    internal double ReachCoins =>
        6.0 * Math.Sqrt(DiffusiveVarianceCoins2) + (JumpSize is null || JumpProbability == 0 ? 0.0 : JumpSize.ReachCoins);

    /// <exception cref="ArgumentException">A variance is negative, a probability outside [0, 1], or a jump law missing.</exception>
    internal void Validate(string owner)
    {
        OptimizationInput.RequireNonNegative(DiffusiveVarianceCoins2, owner, "diffusive variance of the target");
        OptimizationInput.RequireProbability(JumpProbability, owner, "jump probability");
        if (JumpProbability > 0 && JumpSize is null)
            throw new ArgumentException($"{owner}: a jump probability needs a jump size law", nameof(JumpSize));
        JumpSize?.Validate(owner);
    }
}
