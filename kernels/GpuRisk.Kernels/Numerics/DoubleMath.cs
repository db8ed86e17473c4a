namespace GpuRisk.Kernels.Numerics;

/// <summary>Double precision, on request (slow on consumer GPUs; PTX uses software routines).</summary>
public readonly struct DoubleMath : IRealMath<double>
{
    /// <inheritdoc/>
    public static double Exp(double x) => Math.Exp(x);
    /// <inheritdoc/>
    public static double Log(double x) => Math.Log(x);
    /// <inheritdoc/>
    public static double Sqrt(double x) => Math.Sqrt(x);
    /// <inheritdoc/>
    public static void SinCosTwoPi(double turns, out double sine, out double cosine)
    {
        double angle = 2.0 * Math.PI * turns;
        sine = Math.Sin(angle);
        cosine = Math.Cos(angle);
    }
    /// <inheritdoc/>
    public static double Max(double a, double b) => a > b ? a : b;
    /// <inheritdoc/>
    public static double From(double x) => x;
    /// <inheritdoc/>
    public static double ToDouble(double x) => x;

    /// <summary>(bits + 1/2) 2^-32, in (0, 1). The same bits as float's top 23, so float and double paths agree to float accuracy.</summary>
    public static double Uniform(uint bits) => (bits + 0.5) * (1.0 / 4294967296.0);
}
