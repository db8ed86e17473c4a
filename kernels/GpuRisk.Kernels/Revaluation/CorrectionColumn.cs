using GpuRisk.Kernels.Models;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// One (variance, expiry) column of a correction table to build: the model at v0 = the node's variance, the
/// expiry, the control-variate vol, and the quadrature that integrates it (see <see cref="CorrectionTables"/>).
/// </summary>
/// <param name="Model">The regime's dynamics with V0 set to the column's variance.</param>
/// <param name="Years">Time to expiry T (&gt; 0), years.</param>
/// <param name="ControlVol">sigma_cv of the column: sqrt(-8 ln phi(-i/2) / T).</param>
/// <param name="NodeOffset">First quadrature node of the column in the node tables.</param>
/// <param name="NodeCount">Quadrature nodes u_m = m <paramref name="Step"/>.</param>
/// <param name="Step">Node spacing in u.</param>
/// <param name="DataOffset">Where the column's first moneyness node goes in the table data.</param>
/// <param name="YCount">Moneyness nodes.</param>
/// <param name="XiMin">First node of the moneyness axis xi (y = a sinh(xi / a)).</param>
/// <param name="XiStep">Spacing of xi.</param>
/// <param name="YScale">The map's scale a.</param>
public readonly record struct CorrectionColumn(
    UnderlyingDynamics Model, double Years, double ControlVol, int NodeOffset, int NodeCount, double Step,
    int DataOffset, int YCount, double XiMin, double XiStep, double YScale);
