namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The random inputs of one step of one underlying: the (cross-asset correlated) spot driver z,
/// the independent variance residual eta, and the jump uniform and normal, for one path or one path per SIMD lane.
/// </summary>
public struct StepDraws<T> where T : unmanaged
{
    /// <summary>Correlated spot driver z_u = sum_j L_uj e_j.</summary>
    public T Spot;
    /// <summary>Independent normal for the variance residual.</summary>
    public T Residual;
    /// <summary>Uniform that sets the jump count by inversion.</summary>
    public T JumpUniform;
    /// <summary>Normal that sets the total jump size.</summary>
    public T JumpNormal;
}
