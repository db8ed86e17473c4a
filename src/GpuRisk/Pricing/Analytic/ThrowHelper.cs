using System.Diagnostics.CodeAnalysis;

namespace GpuRisk.Pricing.Analytic;

/// <summary>Throws out of line so that the pricing hot paths stay small.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void VolatilityOutOfRange(double vol) =>
        throw new ArgumentOutOfRangeException(nameof(vol), vol, "volatility must be >= 0");

    [DoesNotReturn]
    public static void LengthMismatch(string name) =>
        throw new ArgumentException("spans must have the same length", name);

    public static InvalidOperationException ModelMissing(string underlying, string what) =>
        new($"underlying '{underlying}' has no {what}");

    public static InvalidOperationException ExpiryMissing(string id) =>
        new($"position '{id}' needs an expiry");
}
