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
    /// <summary>
    /// sin(2 pi t) and cos(2 pi t) for t in [0, 1]: exact reduction to the nearest quarter turn q,
    /// x = (4t - q) pi/2 in [-pi/4, pi/4], the Cephes single-precision minimax polynomials for
    /// sin x and cos x (S. Moshier, Cephes sinf.c/cosf.c: error about 1 ulp on that range), and
    /// the quadrant's swap and signs applied arithmetically. Inline and branch-free: on the CPU
    /// accelerator MathF.Sin and MathF.Cos were two library calls per Box-Muller pair, and the
    /// random quadrant would defeat branch prediction.
    /// </summary>
    public static void SinCosTwoPi(float turns, out float sine, out float cosine)
    {
        float quarters = 4.0f * turns;
        int quadrant = (int)(quarters + 0.5f);
        float x = (quarters - quadrant) * (MathF.PI / 2.0f);
        float x2 = x * x;
        float sinX = x + x * x2 * (-1.6666654611e-1f + x2 * (8.3321608736e-3f + x2 * -1.9515295891e-4f));
        float cosX = 1.0f - 0.5f * x2
            + x2 * x2 * (4.166664568298827e-2f + x2 * (-1.388731625493765e-3f + x2 * 2.443315711809948e-5f));
        // Quadrant q: (sin, cos) = (s, c), (c, -s), (-s, -c), (-c, s) for q = 0, 1, 2, 3.
        float swap = quadrant & 1;
        float sineSign = 1 - (quadrant & 2);
        float cosineSign = 1 - ((quadrant + 1) & 2);
        sine = sineSign * (sinX + swap * (cosX - sinX));
        cosine = cosineSign * (cosX + swap * (sinX - cosX));
    }
    /// <summary>
    /// Phi(x) = erfc(-x / sqrt 2) / 2 with erfc from the Chebyshev fit of Numerical Recipes (2nd ed., 6.2,
    /// erfcc): fractional error below 1.2e-7 everywhere, including the far tails (no cancellation), which is
    /// float's own resolution, at the cost of one exponential.
    /// </summary>
    public static float NormalCdf(float x)
    {
        float z = -x * 0.70710678f;
        float az = z < 0.0f ? -z : z;
        float t = 1.0f / (1.0f + 0.5f * az);
        float poly = -1.26551223f + t * (1.00002368f + t * (0.37409196f + t * (0.09678418f + t * (-0.18628806f
            + t * (0.27886807f + t * (-1.13520398f + t * (1.48851587f + t * (-0.82215223f + t * 0.17087277f))))))));
        float erfcAbs = t * MathF.Exp(-az * az + poly);
        return 0.5f * (z < 0.0f ? 2.0f - erfcAbs : erfcAbs);
    }
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
