using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Paths;
using ILGPU;

namespace GpuRisk.Kernels.Payoffs;

/// <summary>
/// Each path's value of every book part (a book, one underlying's positions, a stress cell's change against the
/// base book): the sum of its <see cref="PartTerm"/>s at the path's expiry records, in USD. The parts' standard
/// errors come from these per-path values, so correlations between positions on common paths are counted.
/// </summary>
public static class BookPartValues
{
    /// <summary>
    /// The kernel: <paramref name="threads"/> threads stride over the chunk's paths; path i (in the chunk) writes
    /// part p at <paramref name="values"/>[p x Paths + i], in path order.
    /// </summary>
    public static void Kernel<T, TMath>(Index1D thread, ArrayView<OptionSpec<T>> options, ArrayView<PartTerm> terms,
        ArrayView<T> records, ArrayView<double> values, RecordLayout layout, int threads)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        for (int i = thread; i < layout.Paths; i += threads)
        {
            int position = layout.Position(layout.PathStart + i);
            int part = terms[0].Part;
            double sum = 0.0;
            for (int j = 0; j < terms.IntLength; j++)
            {
                PartTerm t = terms[j];
                if (t.Part != part)
                {
                    values[(long)part * layout.Paths + i] = sum;
                    part = t.Part;
                    sum = 0.0;
                }
                double term = t.Weight * ValueAt<T, TMath>(options[t.Option], records, layout, position);
                if (t.BaseOption >= 0)
                {
                    term -= t.BaseWeight * ValueAt<T, TMath>(options[t.BaseOption], records, layout, position);
                }
                sum += term;
            }
            values[(long)part * layout.Paths + i] = sum;
        }
    }

    private static double ValueAt<T, TMath>(in OptionSpec<T> option, ArrayView<T> records, in RecordLayout layout, int position)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T> =>
        OptionSettlement.Value<T, TMath>(option, records[layout.Index(option.Group, ExpiryRecordField.Spot, position)]);
}
