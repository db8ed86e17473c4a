namespace GpuRisk.MonteCarlo;

/// <summary>Lower Cholesky factor of a correlation matrix, tolerant of semi-definite matrices.</summary>
public static class Cholesky
{
    /// <summary>
    /// L with L L^T = <paramref name="correlation"/>. A zero pivot (a perfectly dependent
    /// underlying) leaves its column zero; a clearly negative pivot means the matrix is not
    /// positive semi-definite.
    /// </summary>
    /// <exception cref="ArgumentException">Not positive semi-definite (pivot below -1e-10).</exception>
    public static double[][] Factor(double[][] correlation)
    {
        int n = correlation.Length;
        var l = new double[n][];
        for (int i = 0; i < n; i++)
        {
            l[i] = new double[n];
            for (int j = 0; j <= i; j++)
            {
                double sum = correlation[i][j];
                for (int k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
                if (i == j)
                {
                    if (sum < -1e-10) throw new ArgumentException("correlation matrix is not positive semi-definite", nameof(correlation));
                    l[i][i] = Math.Sqrt(Math.Max(sum, 0));
                }
                else
                {
                    l[i][j] = l[j][j] > 1e-12 ? sum / l[j][j] : 0.0;
                }
            }
        }
        return l;
    }
}
