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
    public static float Abs(float x) => MathF.Abs(x);
    /// <inheritdoc/>
    public static float Floor(float x) => MathF.Floor(x);
    /// <summary>The Cephes polynomials of <see cref="CephesSinCos.TwoPi{T, TMask, TMath}"/>.</summary>
    public static void SinCosTwoPi(float turns, out float sine, out float cosine) =>
        CephesSinCos.TwoPi<float, bool, FloatMath>(turns, out sine, out cosine);
    /// <summary>The Chebyshev erfc fit of <see cref="ChebyshevNormalCdf.Phi{T, TMask, TMath}"/>.</summary>
    public static float NormalCdf(float x) => ChebyshevNormalCdf.Phi<float, bool, FloatMath>(x);
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
