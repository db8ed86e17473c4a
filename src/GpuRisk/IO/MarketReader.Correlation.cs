using GpuRisk.Markets;
using MathNet.Numerics.LinearAlgebra;

namespace GpuRisk.IO;

public static partial class MarketReader
{
    private const string CorrelationField = "correlation";

    /// <summary>The spot correlation matrix: identity plus the pairs given, checked to be PSD.</summary>
    private static double[][] ReadCorrelation(StrictJsonObject? pairs, IReadOnlyList<UnderlyingMarket> underlyings)
    {
        int n = underlyings.Count;
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++)
        {
            c[i] = new double[n];
            c[i][i] = 1.0;
        }
        if (pairs is null) return c;

        var given = new Dictionary<(int, int), string>();
        foreach (var (key, value) in pairs.Properties)
        {
            string[] names = key.Split('/');
            if (names.Length != 2)
            {
                throw pairs.Error(key, "a correlation key must be two underlying names separated by '/', e.g. BTC/ETH");
            }
            int a = IndexOf(underlyings, names[0]);
            int b = IndexOf(underlyings, names[1]);
            if (a < 0 || b < 0)
            {
                string unknown = a < 0 ? names[0] : names[1];
                throw pairs.Error(key, $"'{unknown}' is not an underlying of this market");
            }
            if (a == b)
            {
                throw pairs.Error(key, "an underlying's correlation with itself is 1 by definition; remove this pair");
            }
            var pair = (Math.Min(a, b), Math.Max(a, b));
            if (!given.TryAdd(pair, key))
            {
                throw pairs.Error(key, $"the pair is already given as '{given[pair]}'");
            }
            double rho = StrictJsonObject.ReadNumber(value, pairs.File, pairs.PathOf(key), key, NumberRule.Correlation);
            c[a][b] = rho;
            c[b][a] = rho;
        }

        double smallest = Matrix<double>.Build.DenseOfRowArrays(c).Evd(Symmetricity.Symmetric).EigenValues.Real().Minimum();
        if (smallest < -PsdTolerance)
        {
            throw new InputException(pairs.File, pairs.Path, CorrelationField,
                $"the correlation matrix is not positive semi-definite (smallest eigenvalue {smallest:G4}); "
                + "the pairs contradict each other, e.g. A/B and B/C high but A/C low");
        }
        return c;
    }

    private static int IndexOf(IReadOnlyList<UnderlyingMarket> underlyings, string name)
    {
        for (int i = 0; i < underlyings.Count; i++)
        {
            if (underlyings[i].Name == name) return i;
        }
        return -1;
    }
}
