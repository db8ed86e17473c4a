namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// Where one correction table (one underlying in one regime) sits in the table data, and its axes.
/// </summary>
/// <remarks>
/// The table holds, for a call on one unit of strike, the difference between the model's undiscounted price
/// and Black-Scholes' at the control-variate vol sigma_cv(v, T) (see <see cref="CorrectionTables"/>), over
/// y = ln(F/K) / (sigma_cv sqrt T) (moneyness in the control variate's standard deviations), through the map
/// y = a sinh(xi / a) with xi on a uniform axis (nodes dense near the money, sparse in the far tails that only jumps
/// reach), w = sqrt(v) on a uniform axis from 0, and s = sqrt(T) on nodes the host chose (the exact times to
/// expiry the stage will ask for where they are few, else a uniform axis); since every path asks for the same
/// times, the host also precomputes each query's s cell (<see cref="GroupAtObservation{T}"/>). Node (i, j, k)
/// holds three numbers at Offset + ((k x VCount + j) x YCount + i) x 3: the correction dc, dc/dxi and d2c/dy2.
/// </remarks>
public struct CorrectionTableLayout
{
    /// <summary>First number of the table in the data.</summary>
    public int Offset;
    /// <summary>Nodes on the moneyness axis.</summary>
    public int YCount;
    /// <summary>Nodes on the sqrt-variance axis (1 when the model's variance is a constant of the regime).</summary>
    public int VCount;
    /// <summary>Nodes on the sqrt-expiry axis.</summary>
    public int SCount;
    /// <summary>First node of the uniform axis xi, y = a sinh(xi / a).</summary>
    public double XiMin;
    /// <summary>Spacing of xi.</summary>
    public double XiStep;
    /// <summary>The map's scale a: y ~ xi within a of the money.</summary>
    public double YScale;
    /// <summary>sqrt(v) spacing (nodes from 0).</summary>
    public double RootVarianceStep;

    /// <summary>Numbers a table of this shape holds.</summary>
    public int Size => YCount * VCount * SCount * 3;
}
