namespace GpuRisk.Kernels.Numerics;

/// <summary>Single precision: the default, fast on every GPU (PTX maps it to approximate instructions).</summary>
public readonly struct FloatMath : IRealMath<float>
{
    /// <inheritdoc/>
    public static float Exp(float x) => MathF.Exp(x);
    /// <inheritdoc/>
    public static float Log(float x) => MathF.Log(x);
    /// <inheritdoc/>
    public static float Sqrt(float x) => MathF.Sqrt(x);
    /// <inheritdoc/>
    public static float Sin(float x) => MathF.Sin(x);
    /// <inheritdoc/>
    public static float Cos(float x) => MathF.Cos(x);
    /// <inheritdoc/>
    public static float Max(float a, float b) => a > b ? a : b;
    /// <inheritdoc/>
    public static float From(double x) => (float)x;
    /// <inheritdoc/>
    public static double ToDouble(float x) => x;

    /// <summary>
    /// The top 23 bits plus one half, times 2^-23: exactly representable (24 significant bits), so
    /// strictly inside (0, 1); with 24 bits the top value would round to 1.
    /// </summary>
    public static float Uniform(uint bits) => ((bits >> 9) + 0.5f) * (1.0f / 8388608.0f);
}
