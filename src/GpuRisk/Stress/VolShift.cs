namespace GpuRisk.Stress;

/// <summary>The vol shift one position gets in one stress cell, before and after the down-shock floor.</summary>
/// <param name="Scaled">The grid's vol shock scaled for the position's time to expiry (absolute vol, 0.01 = one point).</param>
/// <param name="Applied">
/// What the model receives: <paramref name="Scaled"/>, raised for a down shock that would leave less than
/// <see cref="VolShockScaling.DownShockFloor"/> of the underlying's lowest vol.
/// </param>
public readonly record struct VolShift(double Scaled, double Applied)
{
    /// <summary>True when the floor raised the shift.</summary>
    public bool Floored => Applied != Scaled;
}
