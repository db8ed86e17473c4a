using System.Numerics;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Builds the per-(step, regime) coefficients the path kernels read (Andersen 2008, QE scheme,
/// gamma1 = gamma2 = 1/2). Computed in double, then narrowed to the kernel's number type.
/// </summary>
public static class StepCoefficientTable
{
    /// <summary>
    /// One table: entry [step x R + regime] for <paramref name="regimes"/> over <paramref name="grid"/>,
    /// every step length multiplied by <paramref name="dtScale"/> (1, or 1 +- the theta bump).
    /// </summary>
    public static StepCoefficients<T>[] Build<T>(TimeGrid grid, IReadOnlyList<DiffusionParameters> regimes, double dtScale = 1.0)
        where T : unmanaged, INumber<T>
    {
        int r = regimes.Count;
        var table = new StepCoefficients<T>[grid.Steps * r];
        for (int step = 0; step < grid.Steps; step++)
        {
            for (int k = 0; k < r; k++)
            {
                table[step * r + k] = Narrow<T>(Coefficients(regimes[k], grid.Dt(step) * dtScale, grid.Day(step)));
            }
        }
        return table;
    }

    /// <summary>The coefficients of one step of <paramref name="dt"/> years.</summary>
    public static StepCoefficients<double> Coefficients(DiffusionParameters p, double dt, int day)
    {
        double kappa = p.Kappa, theta = p.Theta, xi = p.Xi;
        double e = Math.Exp(-kappa * dt);
        // (1 - e^(-kappa dt)) / kappa, with its kappa -> 0 limit dt (below 1e-10 the difference cancels).
        double decay = kappa * dt < 1e-10 ? dt : (1.0 - e) / kappa;
        double compensator = p.JumpLambda * (Math.Exp(p.JumpMean + 0.5 * p.JumpStdev * p.JumpStdev) - 1.0);
        var c = new StepCoefficients<double>
        {
            Dt = dt,
            Drift = (p.Mu - compensator) * dt,
            MeanConst = theta * kappa * decay,
            MeanSlope = e,
            JumpIntensity = p.JumpLambda * dt,
            JumpMean = p.JumpMean,
            JumpStdev = p.JumpStdev,
            Day = day,
        };
        if (xi == 0)
        {
            // Deterministic variance: integrated variance I = theta dt + (v - theta) decay, exact log step.
            c.Deterministic = 1;
            c.K3 = decay;
            c.K5 = theta * dt - theta * decay;
            c.K1 = -0.5 * c.K3;
            c.K0 = -0.5 * c.K5;
            c.RhoComplement = 1.0;
            return c;
        }
        double rho = p.Rho;
        c.VarConst = theta * xi * xi * kappa * decay * decay / 2.0;
        c.VarSlope = xi * xi * e * decay;
        c.K0 = -rho * kappa * theta * dt / xi;
        c.K1 = 0.5 * dt * (kappa * rho / xi - 0.5) - rho / xi;
        c.K2 = 0.5 * dt * (kappa * rho / xi - 0.5) + rho / xi;
        c.K3 = 0.5 * dt * (1 - rho * rho);
        c.K4 = 0.5 * dt * (1 - rho * rho);
        c.A = c.K2 + 0.5 * c.K4;
        c.Rho = rho;
        c.RhoComplement = Math.Sqrt(1 - rho * rho);
        return c;
    }

    private static StepCoefficients<T> Narrow<T>(in StepCoefficients<double> c) where T : unmanaged, INumber<T> => new()
    {
        Dt = T.CreateChecked(c.Dt),
        Drift = T.CreateChecked(c.Drift),
        MeanConst = T.CreateChecked(c.MeanConst),
        MeanSlope = T.CreateChecked(c.MeanSlope),
        VarConst = T.CreateChecked(c.VarConst),
        VarSlope = T.CreateChecked(c.VarSlope),
        K0 = T.CreateChecked(c.K0),
        K1 = T.CreateChecked(c.K1),
        K2 = T.CreateChecked(c.K2),
        K3 = T.CreateChecked(c.K3),
        K4 = T.CreateChecked(c.K4),
        K5 = T.CreateChecked(c.K5),
        A = T.CreateChecked(c.A),
        Rho = T.CreateChecked(c.Rho),
        RhoComplement = T.CreateChecked(c.RhoComplement),
        JumpIntensity = T.CreateChecked(c.JumpIntensity),
        JumpMean = T.CreateChecked(c.JumpMean),
        JumpStdev = T.CreateChecked(c.JumpStdev),
        Deterministic = c.Deterministic,
        Day = c.Day,
    };

    /// <summary>Row-major cumulative transition matrix, last column forced to exactly 1.</summary>
    public static T[] Cumulative<T>(double[][] transition) where T : unmanaged, INumber<T>
    {
        int r = transition.Length;
        var cdf = new T[r * r];
        for (int i = 0; i < r; i++)
        {
            double sum = 0;
            for (int j = 0; j < r; j++)
            {
                sum += transition[i][j];
                cdf[i * r + j] = T.CreateChecked(j == r - 1 ? 1.0 : Math.Min(sum, 1.0));
            }
        }
        return cdf;
    }
}
