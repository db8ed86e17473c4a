using MathNet.Numerics.LinearAlgebra;

namespace GpuRisk.Optimization;

/// <summary>
/// The regime chain on its own: its stationary law and its Poisson equation. The regime moves by the
/// per-check matrix P whatever the hedge does, so functions of the regime alone, E z, are exact
/// eigenvectors of every policy's transition operator (P_policy E z = E P z). Those are the slow modes
/// when regimes switch rarely (every few hundred checks); solving for them directly removes them from
/// relative value iteration and from the stationary distribution, leaving only the mismatch's own mixing.
/// </summary>
/// <remarks>
/// With one recurrent class, A = I - P + 1 pi^T is invertible; pi^T = 1^T (I - P + 1 1^T)^(-1), and for
/// b with pi^T b = 0, z = A^(-1) b solves (I - P) z = b (Kemeny and Snell 1960, Finite Markov Chains, ch. 5:
/// the fundamental matrix).
/// </remarks>
internal sealed class RegimeSwitching
{
    // pi P = pi to this in L1, or the chain has more than one recurrent class (the solve was singular).
    private const double StationaryTolerance = 1e-9;

    private readonly double[][] transition;
    private readonly double[,] fundamentalInverse;

    /// <exception cref="ArgumentException">The chain has more than one recurrent class.</exception>
    public RegimeSwitching(double[][] transitionPerCheck)
    {
        transition = transitionPerCheck;
        int k = transitionPerCheck.Length;
        Matrix<double> iMinusP = Matrix<double>.Build.Dense(k, k, (i, j) => (i == j ? 1.0 : 0.0) - transitionPerCheck[i][j]);
        Vector<double> pi = (iMinusP + Matrix<double>.Build.Dense(k, k, 1.0)).Transpose().Solve(Vector<double>.Build.Dense(k, 1.0));
        Stationary = pi.ToArray();
        double defect = 0;
        for (int j = 0; j < k; j++)
        {
            double flow = 0;
            for (int i = 0; i < k; i++) flow += Stationary[i] * transitionPerCheck[i][j];
            defect += Math.Abs(flow - Stationary[j]);
        }
        if (!(defect <= StationaryTolerance) || Stationary.Any(p => !(p >= -StationaryTolerance)))
            throw new ArgumentException("transition matrix: the regimes form more than one recurrent class; solve each class on its own", "TransitionPerCheck");
        fundamentalInverse = (iMinusP + Matrix<double>.Build.Dense(k, k, (i, j) => Stationary[j])).Inverse().ToArray();
    }

    /// <summary>pi: long-run probability of each regime.</summary>
    public double[] Stationary { get; }

    /// <summary>
    /// Into <paramref name="offsets"/>, the z (with pi^T z = 0) that solves (I - P) z = b - (pi^T b) 1:
    /// the per-regime offsets that level b's regime averages.
    /// </summary>
    public void LevelOffsets(ReadOnlySpan<double> b, Span<double> offsets)
    {
        double level = 0;
        for (int k = 0; k < b.Length; k++) level += Stationary[k] * b[k];
        for (int i = 0; i < b.Length; i++)
        {
            offsets[i] = 0;
            for (int k = 0; k < b.Length; k++) offsets[i] += fundamentalInverse[i, k] * (b[k] - level);
        }
    }

    /// <summary>(P z)_k = sum_k' P[k][k'] z_k'.</summary>
    public double Mix(int k, ReadOnlySpan<double> z)
    {
        double sum = 0;
        for (int j = 0; j < z.Length; j++) sum += transition[k][j] * z[j];
        return sum;
    }
}
