using System.Numerics;
using GpuRisk.Kernels.Numerics;

namespace GpuRisk.Kernels.Paths;

/// <summary>
/// The figures of an expiry record (<see cref="ExpiryRecordField"/>), computed once for any lane type: by
/// <see cref="ExpiryRecorder{T, TMath}"/> for a GPU thread's path and by the SIMD walk's lane version for sixteen
/// paths at a time, so both devices settle options from the same formulas.
/// </summary>
public static class ExpiryFigures
{
    /// <summary>Writes X = S_T / S0 of the expiry step's base <paramref name="state"/>.</summary>
    public static void WriteSpot<T, TMask, TMath, TWriter>(in PathState<T> state, TWriter writer)
        where T : unmanaged
        where TMath : struct, ILaneMath<T, TMask>
        where TWriter : struct, IRecordWriter<T> =>
        writer.Write(ExpiryRecordField.Spot, TMath.Exp(state.LogSpot));

    /// <summary>
    /// Writes the Greeks' fields: the conditional mean and inverse standard deviation of ln X given the variance path
    /// and jumps (0 where the path has no Gaussian part), X with the expiry step re-taken from <paramref name="before"/>
    /// with the <paramref name="later"/> and <paramref name="earlier"/> coefficients on the step's own
    /// <paramref name="draws"/> (theta), and X of the vol-bumped variants <paramref name="volUp"/> and
    /// <paramref name="volDown"/> (vega).
    /// </summary>
    public static void WriteGreeks<T, TMask, TMath, TWriter>(in PathState<T> state, in PathState<T> before,
        in StepCoefficients<T> later, in StepCoefficients<T> earlier, in StepDraws<T> draws,
        in PathState<T> volUp, in PathState<T> volDown, TWriter writer)
        where T : unmanaged, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
            IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>
        where TMath : struct, ILaneMath<T, TMask>
        where TWriter : struct, IRecordWriter<T>
    {
        T zero = TMath.From(0.0);
        writer.Write(ExpiryRecordField.ConditionalLogMean, state.LogSpot - state.Gaussian);
        // A lane without Gaussian variance computes 1 / 0 here; the select discards it.
        writer.Write(ExpiryRecordField.ConditionalLogSdInverse, TMath.Select(TMath.LessThan(zero, state.GaussianVariance),
            TMath.From(1.0) / TMath.Sqrt(state.GaussianVariance), zero));

        PathState<T> longer = before;
        PathState<T> shorter = before;
        QuadraticExponential.Step<T, TMask, TMath>(ref longer, later, draws);
        QuadraticExponential.Step<T, TMask, TMath>(ref shorter, earlier, draws);
        writer.Write(ExpiryRecordField.SpotLater, TMath.Exp(longer.LogSpot));
        writer.Write(ExpiryRecordField.SpotEarlier, TMath.Exp(shorter.LogSpot));
        writer.Write(ExpiryRecordField.SpotVolUp, TMath.Exp(volUp.LogSpot));
        writer.Write(ExpiryRecordField.SpotVolDown, TMath.Exp(volDown.LogSpot));
    }
}
