namespace GpuRisk.Optimization;

/// <summary>Jump of the target hedge, given a jump: J ~ N(<paramref name="MeanCoins"/>, <paramref name="SdCoins"/>^2).</summary>
/// <param name="MeanCoins">Mean jump of the target, coins (signed: + the target rises, the mismatch falls).</param>
/// <param name="SdCoins">Standard deviation of the jump, coins, &gt;= 0.</param>
public sealed record NormalJumpSize(double MeanCoins, double SdCoins) : JumpSizeLaw
{
    // Six standard deviations: the normal puts 2e-9 of its mass beyond; the grid's edge clamps the rest.
    private const double ReachSds = 6.0;

    internal override double SecondMomentCoins2 => MeanCoins * MeanCoins + SdCoins * SdCoins;

    internal override double ReachCoins => Math.Abs(MeanCoins) + ReachSds * SdCoins;

    internal override LatticeMass ToLattice(double stepCoins) => LatticeMass.Normal(MeanCoins, SdCoins, stepCoins);

    internal override void Validate(string owner)
    {
        OptimizationInput.RequireFinite(MeanCoins, owner, "jump mean");
        OptimizationInput.RequireNonNegative(SdCoins, owner, "jump sd");
    }
}
