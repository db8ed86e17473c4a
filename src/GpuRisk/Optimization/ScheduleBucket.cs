namespace GpuRisk.Optimization;

/// <summary>One time bucket of a finite-horizon schedule: how many checks it lasts and the per-regime laws in it.</summary>
/// <param name="Checks">Checks in the bucket, &gt;= 1.</param>
/// <param name="Regimes">Per regime, in the problem's order and with its names, the law during the bucket.</param>
public sealed record ScheduleBucket(int Checks, IReadOnlyList<RegimeHedgeLaw> Regimes)
{
    /// <exception cref="ArgumentException">No check, or regimes that do not match the problem's.</exception>
    internal void Validate(int bucket, IReadOnlyList<RegimeHedgeLaw> problemRegimes)
    {
        if (Checks < 1) throw new ArgumentException($"schedule bucket {bucket}: {Checks} checks; need >= 1", nameof(Checks));
        if (Regimes is null || Regimes.Count != problemRegimes.Count)
            throw new ArgumentException($"schedule bucket {bucket}: need {problemRegimes.Count} regimes, as the problem", nameof(Regimes));
        for (int k = 0; k < Regimes.Count; k++)
        {
            if (Regimes[k].Name != problemRegimes[k].Name)
                throw new ArgumentException($"schedule bucket {bucket}: regime {k} is '{Regimes[k].Name}', the problem's is '{problemRegimes[k].Name}'", nameof(Regimes));
            Regimes[k].Validate();
        }
    }
}
