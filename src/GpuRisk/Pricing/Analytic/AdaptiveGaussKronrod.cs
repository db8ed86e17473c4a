using System.Buffers;

namespace GpuRisk.Pricing.Analytic;

/// <summary>
/// Locally adaptive 7-point Gauss / 15-point Kronrod quadrature of a vector-valued integrand on a
/// finite interval, every component refined on one shared mesh.
/// </summary>
/// <remarks>
/// The interval is first cut into <see cref="InitialPanels"/> panels; their Kronrod sums of the integrand's
/// magnitudes (the sum of |terms|, see <see cref="IVectorIntegrand.Evaluate"/>) give each component's scale
/// M_c, and the tolerance is <c>relTol * M_c</c>. A panel of
/// width w is accepted when, for every component, its error estimate is below <c>relTol * M_c * w / (b - a)</c>,
/// otherwise it is halved (depth first, at most <see cref="MaxDepth"/> times). The per-panel error estimate
/// is QUADPACK's rescaled Kronrod-Gauss difference.
/// Scaling by M rather than by |integral| is deliberate: oscillating integrands whose integral is tiny
/// (deep out-of-the-money prices) and differences of nearly equal terms (a control variate that fits well)
/// then get an absolute accuracy relTol * M, which rounding allows, instead of an unreachable relative one.
/// Should rounding still defeat a panel, refinement stops after <see cref="MaxEvaluations"/> evaluations
/// and the remaining panels are accepted as they are; a NaN is accepted too, so that it reaches the caller.
/// References: [1] Piessens, de Doncker-Kapenga, Überhuber, Kahaner, QUADPACK (1983), routine QK15;
/// [2] Kronrod, Nodes and Weights of Quadrature Formulas (1965).
/// </remarks>
internal static class AdaptiveGaussKronrod
{
    /// <summary>Panels of the first pass, which also measures each component's scale.</summary>
    public const int InitialPanels = 8;

    /// <summary>Most halvings of an initial panel; a panel this small is accepted as it is.</summary>
    public const int MaxDepth = 40;

    /// <summary>Evaluations after which no panel is split further.</summary>
    public const int MaxEvaluations = 100_000;

    // Kronrod abscissae on [-1, 1] (positive half, descending; the last is the centre) and weights.
    private static ReadOnlySpan<double> Xk =>
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ];

    private static ReadOnlySpan<double> Wk =>
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    // Gauss weights of the 7-point rule, which uses Kronrod abscissae 1, 3, 5 and the centre.
    private static ReadOnlySpan<double> Wg =>
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ];

    /// <summary>Integrates every component of <paramref name="f"/> over [<paramref name="a"/>, <paramref name="b"/>].</summary>
    /// <param name="f">The integrand.</param>
    /// <param name="a">Lower limit.</param>
    /// <param name="b">Upper limit, &gt; <paramref name="a"/>.</param>
    /// <param name="relativeTolerance">Target error relative to each component's integral of its magnitude.</param>
    /// <param name="result">Destination, length <c>f.Dimension</c>.</param>
    /// <returns>The number of integrand evaluations.</returns>
    public static int Integrate<TIntegrand>(ref TIntegrand f, double a, double b, double relativeTolerance, Span<double> result)
        where TIntegrand : struct, IVectorIntegrand
    {
        int n = f.Dimension;
        if (result.Length != n) ThrowHelper.LengthMismatch(nameof(result));
        // Initial panels (Kronrod result and error per component), tolerances, one panel's work
        // vectors, and the 15 integrand values (and magnitudes) of the panel being evaluated.
        int panelStride = 2 * n;
        int size = InitialPanels * panelStride + 3 * n + 30 * n;
        double[] rented = ArrayPool<double>.Shared.Rent(size);
        try
        {
            Span<double> all = rented.AsSpan(0, size);
            Span<double> panels = all[..(InitialPanels * panelStride)];
            Span<double> tolerance = all.Slice(InitialPanels * panelStride, n);
            Span<double> kronrod = all.Slice(InitialPanels * panelStride + n, n);
            Span<double> error = all.Slice(InitialPanels * panelStride + 2 * n, n);
            Span<double> values = all[(InitialPanels * panelStride + 3 * n)..];

            result.Clear();
            tolerance.Clear();
            double width = (b - a) / InitialPanels;
            for (int p = 0; p < InitialPanels; p++)
            {
                Rule(ref f, a + p * width, a + (p + 1) * width, panels.Slice(p * panelStride, n),
                    panels.Slice(p * panelStride + n, n), tolerance, values);   // tolerance += integral of magnitudes
            }
            for (int c = 0; c < n; c++) tolerance[c] *= relativeTolerance / (b - a);   // per unit width

            int evaluations = InitialPanels * 15;
            double smallest = width * Math.ScaleB(1.0, -MaxDepth);
            Span<double> stack = stackalloc double[2 * (MaxDepth + 2)];
            for (int p = 0; p < InitialPanels; p++)
            {
                double lo = a + p * width, hi = a + (p + 1) * width;
                if (Accepted(panels.Slice(p * panelStride + n, n), tolerance, hi - lo))
                {
                    Add(result, panels.Slice(p * panelStride, n));
                    continue;
                }
                int top = 0;
                Push(stack, ref top, lo, 0.5 * (lo + hi));
                Push(stack, ref top, 0.5 * (lo + hi), hi);
                while (top > 0)
                {
                    top--;
                    double l = stack[2 * top], h = stack[2 * top + 1];
                    Rule(ref f, l, h, kronrod, error, Span<double>.Empty, values);
                    evaluations += 15;
                    if (Accepted(error, tolerance, h - l) || h - l <= smallest || evaluations >= MaxEvaluations)
                    {
                        Add(result, kronrod);
                    }
                    else
                    {
                        Push(stack, ref top, l, 0.5 * (l + h));
                        Push(stack, ref top, 0.5 * (l + h), h);
                    }
                }
            }
            return evaluations;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static void Push(Span<double> stack, ref int top, double lo, double hi)
    {
        stack[2 * top] = lo;
        stack[2 * top + 1] = hi;
        top++;
    }

    private static bool Accepted(ReadOnlySpan<double> error, ReadOnlySpan<double> tolerancePerWidth, double width)
    {
        for (int c = 0; c < error.Length; c++)
        {
            if (error[c] > tolerancePerWidth[c] * width) return false;
        }
        return true;
    }

    private static void Add(Span<double> sum, ReadOnlySpan<double> term)
    {
        for (int c = 0; c < sum.Length; c++) sum[c] += term[c];
    }

    /// <summary>
    /// One G7-K15 panel on [<paramref name="lo"/>, <paramref name="hi"/>]: Kronrod integrals into
    /// <paramref name="kronrod"/>, QUADPACK error estimates into <paramref name="error"/>, and, unless it is
    /// empty, the Kronrod integrals of the magnitudes added to <paramref name="absSum"/>.
    /// </summary>
    private static void Rule<TIntegrand>(ref TIntegrand f, double lo, double hi, Span<double> kronrod, Span<double> error,
        Span<double> absSum, Span<double> values)
        where TIntegrand : struct, IVectorIntegrand
    {
        int n = kronrod.Length;
        double centre = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
        // Values are stored in node order: slot 2i and 2i+1 at centre -+ half Xk[i], slot 14 at the centre;
        // magnitudes (wanted only when absSum is given) in the same order after them.
        bool wantMagnitudes = !absSum.IsEmpty;
        for (int slot = 0; slot < 15; slot++)
        {
            int i = slot / 2;
            double x = slot == 14 ? centre : slot % 2 == 0 ? centre - half * Xk[i] : centre + half * Xk[i];
            f.Evaluate(x, values.Slice(slot * n, n), wantMagnitudes ? values.Slice((15 + slot) * n, n) : Span<double>.Empty);
        }

        for (int c = 0; c < n; c++)
        {
            double fc = values[14 * n + c];
            double k = Wk[7] * fc, g = Wg[3] * fc;
            for (int i = 0; i < 7; i++)
            {
                double sum = values[2 * i * n + c] + values[(2 * i + 1) * n + c];
                k += Wk[i] * sum;
                if (i % 2 == 1) g += Wg[i / 2] * sum;
            }
            // QUADPACK's resasc: the integral of |f - mean|, which rescales the Kronrod-Gauss difference.
            double mean = 0.5 * k;
            double asc = Wk[7] * Math.Abs(fc - mean);
            for (int i = 0; i < 7; i++)
            {
                asc += Wk[i] * (Math.Abs(values[2 * i * n + c] - mean) + Math.Abs(values[(2 * i + 1) * n + c] - mean));
            }
            double diff = Math.Abs((k - g) * half);
            asc *= half;
            error[c] = asc != 0.0 && diff != 0.0 ? asc * Math.Min(1.0, Math.Pow(200.0 * diff / asc, 1.5)) : diff;
            kronrod[c] = k * half;
            if (wantMagnitudes)
            {
                double magnitude = Wk[7] * values[29 * n + c];
                for (int i = 0; i < 7; i++) magnitude += Wk[i] * (values[(15 + 2 * i) * n + c] + values[(16 + 2 * i) * n + c]);
                absSum[c] += magnitude * half;
            }
        }
    }
}
