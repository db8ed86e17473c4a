using System.Numerics;
using GpuRisk.Kernels.Models;
using GpuRisk.Kernels.Paths;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// Builds the per-(variant, step, regime, slot) coefficients the path walker reads (Andersen 2008, QE scheme,
/// gamma1 = gamma2 = 1/2), in the layout of <see cref="WalkInputs{T}.Coefficients"/>. Computed in double, then
/// narrowed to the kernel's number type.
/// </summary>
public static class StepCoefficientTable
{
    /// <summary>The whole table of <paramref name="plan"/>.</summary>
    public static StepCoefficients<T>[] Build<T>(WalkPlan plan) where T : unmanaged, INumber<T>
    {
        int steps = plan.Grid.Steps, regimes = plan.RegimeCount, slots = plan.Slots.Count;
        var table = new StepCoefficients<T>[plan.CoefficientVariants.Count * steps * regimes * slots];
        for (int v = 0; v < plan.CoefficientVariants.Count; v++)
        {
            CoefficientVariantSpec variant = plan.CoefficientVariants[v];
            for (int step = 0; step < steps; step++)
            {
                double dt = plan.Grid.Dt(step) * variant.DtScale;
                for (int r = 0; r < regimes; r++)
                {
                    for (int s = 0; s < slots; s++)
                    {
                        UnderlyingDynamics model = plan.Slots[s].Regimes[r].ShiftVol(variant.VolShift);
                        table[((v * steps + step) * regimes + r) * slots + s] = Narrow<T>(Coefficients(model, dt));
                    }
                }
            }
        }
        return table;
    }

    /// <summary>The coefficients of one step of <paramref name="dt"/> years.</summary>
    public static StepCoefficients<double> Coefficients(UnderlyingDynamics p, double dt)
    {
        double kappa = p.Kappa, theta = p.Theta, xi = p.Xi;
        double e = Math.Exp(-kappa * dt);
        double decay = UnderlyingDynamics.Decay(kappa, dt);
        var c = new StepCoefficients<double>
        {
            Dt = dt,
            Drift = (p.Drift - p.JumpLambda * p.MeanRelativeJump) * dt,
            MeanConst = theta * kappa * decay,
            MeanSlope = e,
            JumpIntensity = p.JumpLambda * dt,
            NoJumpProbability = Math.Exp(-p.JumpLambda * dt),
            JumpMean = p.JumpMean,
            JumpStdev = p.JumpStdev,
            RhoComplement = 1.0,
            Deterministic = xi == 0 ? 1.0 : 0.0,
        };
        if (p.IsConstantVolatility)
        {
            // The regime's own variance, whatever the path carried in: v' = theta, I = theta dt, exact log step.
            c.MeanConst = theta;
            c.MeanSlope = 0.0;
            c.K5 = theta * dt;
            c.K0 = -0.5 * c.K5;
            return c;
        }
        if (xi == 0)
        {
            // Deterministic mean-reverting variance: I = theta dt + (v - theta) decay, exact log step.
            c.K3 = decay;
            c.K5 = theta * dt - theta * decay;
            c.K1 = -0.5 * c.K3;
            c.K0 = -0.5 * c.K5;
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
        NoJumpProbability = T.CreateChecked(c.NoJumpProbability),
        JumpMean = T.CreateChecked(c.JumpMean),
        JumpStdev = T.CreateChecked(c.JumpStdev),
        Deterministic = T.CreateChecked(c.Deterministic),
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
