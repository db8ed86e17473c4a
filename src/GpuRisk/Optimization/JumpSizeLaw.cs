namespace GpuRisk.Optimization;

/// <summary>
/// Law of the jump J in the target hedge over one check, given that a jump happens (coins): the move
/// of the book's model hedge when spot gaps (delta times the jump, gamma and the regime switch
/// included). See <see cref="NormalJumpSize"/> and <see cref="EmpiricalJumpSize"/>.
/// </summary>
public abstract record JumpSizeLaw
{
    private protected JumpSizeLaw()
    {
    }

    /// <summary>E[J^2], coins^2: what a jump adds to the target's variance per check.</summary>
    internal abstract double SecondMomentCoins2 { get; }

    /// <summary>How far from the target a jump can carry the mismatch, coins: the grid must cover it.</summary>
    internal abstract double ReachCoins { get; }

    /// <summary>The law on the lattice of spacing <paramref name="stepCoins"/> (mean kept exactly).</summary>
    internal abstract LatticeMass ToLattice(double stepCoins);

    /// <exception cref="ArgumentException">A parameter is negative or not finite.</exception>
    internal abstract void Validate(string owner);
}
