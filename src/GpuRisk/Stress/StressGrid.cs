using System.Globalization;
using System.Text.Json;
using GpuRisk.IO;

namespace GpuRisk.Stress;

/// <summary>
/// The joint spot and vol shocks of a risk matrix and how vol shocks scale with time to expiry. Every
/// scenario is applied to each underlying of the book alone and to all of them at once ("ALL").
/// </summary>
/// <remarks>
/// A vol shock means: Black-Scholes underlyings get vol + shift; Heston and Bates underlyings get a
/// parallel shift of sqrt(v0) and sqrt(theta) by the same amount (kappa, xi, rho and the jumps are
/// unchanged), where shift = volShock scaled for the position's expiry by <see cref="Scaling"/>, and a down
/// shift is floored so that it never drives a vol to zero or below (<see cref="VolShockScaling.Shift"/>): every
/// grid works on every valid market.
/// </remarks>
/// <param name="Scenarios">The cells, in order: spot shock outer, vol shock inner, extended moves last.</param>
/// <param name="Scaling">Time-to-expiry scaling of the vol shocks.</param>
/// <param name="Source">Where the grid came from, as errors name it ("--grid", a config file, "default").</param>
/// <param name="Row">The JSON path of the grid in <see cref="Source"/> ("-" for the command line).</param>
public sealed record StressGrid(
    IReadOnlyList<StressScenario> Scenarios, VolShockScaling Scaling, string Source, string Row)
{
    /// <summary>Deribit's spot range: +-16% in 9 evenly spaced points, zero included.</summary>
    public static IReadOnlyList<double> DeribitSpotShocks { get; } =
        [-0.16, -0.12, -0.08, -0.04, 0.0, 0.04, 0.08, 0.12, 0.16];

    /// <summary>Deribit's extended-table price moves, evaluated with vol up only.</summary>
    public static IReadOnlyList<double> DeribitExtendedShocks { get; } =
        [-0.66, -0.33, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0];

    /// <summary>Vol range up (absolute vol at 30 days to expiry).</summary>
    public const double DeribitVolUp = 0.45;

    /// <summary>Vol range down (absolute vol at 30 days to expiry).</summary>
    public const double DeribitVolDown = 0.30;

    /// <summary>
    /// The default grid, after Deribit's portfolio-margin stress table
    /// (https://support.deribit.com/hc/en-us/articles/25944756247837-Portfolio-Margin): 9 spot points over
    /// +-16% times vol {down, same, up}, plus the extended moves -66%, -33%, +50%, +100%, +200%, +300%,
    /// +400%, +500% with vol up; vol shocks scaled by <see cref="VolShockScaling.Deribit"/>.
    /// </summary>
    /// <remarks>
    /// Deribit applies only a dampened fraction of the extended moves' loss to margin; a risk matrix
    /// reports the full value change. The vol ranges +45/-30 points are GpuRisk's choice: Deribit's
    /// current figures are on its margin page and change without notice; the published example found
    /// was 38% with power 0.30.
    /// </remarks>
    public static StressGrid DeribitDefault { get; } = Build(
        DeribitSpotShocks, [-DeribitVolDown, 0.0, DeribitVolUp], DeribitExtendedShocks,
        VolShockScaling.Deribit, "default", "-");

    /// <summary>
    /// Parses a command-line grid such as <c>spot=-0.2,-0.1,0,0.1,0.2;vol=-0.1,0,0.1</c>. Keys:
    /// <c>spot</c> (relative moves, required), <c>vol</c> (absolute vol moves, default 0),
    /// <c>ext</c> (extended spot moves, evaluated with the largest vol shock), <c>power</c> (one exponent, or
    /// short,long; default Deribit's), <c>dteFloor</c> (days).
    /// </summary>
    /// <exception cref="InputException">Empty, non-finite or out-of-range values, unknown keys.</exception>
    public static StressGrid Parse(string text, string source = "--grid")
    {
        var values = new Dictionary<string, double[]>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=');
            string key = eq < 0 ? part : part[..eq].Trim();
            if (eq < 0 || !IsKnownKey(key))
            {
                throw new InputException(source, "-", key,
                    $"expected key=v1,v2,... with key one of spot, vol, ext, power, dteFloor; got '{part}'");
            }
            values[key] = part[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries)
                .Select(v => ParseNumber(v, source, key)).ToArray();
        }
        return Create(values, source, "-");
    }

    /// <summary>The fields of a grid in a config file.</summary>
    private static readonly string[] JsonFields = ["spot", "vol", "extended", "power", "dteFloorDays", "preset"];

    /// <summary>
    /// Reads a grid from a config section: <c>{"spot": [..], "vol": [..], "extended": [..],
    /// "power": 0.3 or [0.3, 0.13], "dteFloorDays": 1}</c>, or <c>{"preset": "deribit"}</c>.
    /// </summary>
    /// <param name="section">The JSON object.</param>
    /// <param name="file">The config file, for errors.</param>
    /// <param name="path">The JSON path of <paramref name="section"/>, e.g. <c>$.stress.grid</c>.</param>
    /// <exception cref="InputException">Wrong types, empty, non-finite or out-of-range values.</exception>
    public static StressGrid FromJson(JsonElement section, string file, string path)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(file, path, "grid", "expected an object with spot, vol, extended, power, dteFloorDays, or preset");
        }
        // Strict: a repeated field is an error rather than the last one silently winning.
        var grid = StrictJsonObject.From(section, file, path, "grid", JsonFields);
        if (grid.Find("preset") is { } preset)
        {
            return preset.ValueKind == JsonValueKind.String && preset.GetString() == "deribit" && grid.Properties.Count == 1
                ? DeribitDefault with { Source = file, Row = path }
                : throw new InputException(file, path, "preset", "the only preset is \"deribit\", and it takes no other fields");
        }
        var values = new Dictionary<string, double[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in grid.Properties)
        {
            string key = name switch { "extended" => "ext", "dteFloorDays" => "dteFloor", _ => name };
            values[key] = value.ValueKind switch
            {
                JsonValueKind.Number => [StrictJsonObject.ReadNumber(value, file, path, name, NumberRule.Finite)],
                JsonValueKind.Array => value.EnumerateArray()
                    .Select(v => StrictJsonObject.ReadNumber(v, file, path, name, NumberRule.Finite)).ToArray(),
                _ => throw new InputException(file, path, name, $"expected a number or an array of numbers, got {StrictJsonObject.Describe(value)}"),
            };
        }
        return Create(values, file, path);
    }

    private static bool IsKnownKey(string key) =>
        key.Equals("spot", StringComparison.OrdinalIgnoreCase) || key.Equals("vol", StringComparison.OrdinalIgnoreCase)
        || key.Equals("ext", StringComparison.OrdinalIgnoreCase) || key.Equals("power", StringComparison.OrdinalIgnoreCase)
        || key.Equals("dteFloor", StringComparison.OrdinalIgnoreCase);

    private static double ParseNumber(string text, string source, string key) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v : throw new InputException(source, "-", key, $"'{text}' is not a number");

    private static StressGrid Create(Dictionary<string, double[]> values, string source, string row)
    {
        double[] Get(string key, double[] fallback) => values.TryGetValue(key, out double[]? v) ? v : fallback;
        double[] spot = Get("spot", []);
        double[] vol = Get("vol", [0.0]);
        double[] ext = Get("ext", []);
        double[] power = Get("power", [VolShockScaling.Deribit.ShortTermPower, VolShockScaling.Deribit.LongTermPower]);
        double[] floor = Get("dteFloor", [VolShockScaling.Deribit.DteFloorDays]);
        if (spot.Length == 0) throw new InputException(source, row, "spot", "the grid needs at least one spot shock");
        if (vol.Length == 0) throw new InputException(source, row, "vol", "the grid needs at least one vol shock");
        foreach (var (key, list) in new[] { ("spot", spot), ("vol", vol), ("ext", ext), ("power", power), ("dteFloor", floor) })
        {
            foreach (double v in list)
            {
                if (!double.IsFinite(v)) throw new InputException(source, row, key, $"{v} is not a finite number");
            }
        }
        foreach (var (key, list) in new[] { ("spot", spot), ("ext", ext) })
        {
            foreach (double s in list)
            {
                if (s <= -1.0)
                {
                    throw new InputException(source, row, key,
                        $"spot shock {s} would make spot zero or negative (shocks are relative; must be > -1)");
                }
            }
        }
        if (power.Length is < 1 or > 2 || power.Any(p => p < 0.0))
        {
            throw new InputException(source, row, "power", "expected one or two exponents >= 0 (short term, long term)");
        }
        if (floor.Length != 1 || floor[0] <= 0.0)
        {
            throw new InputException(source, row, "dteFloor", "expected one number of days > 0");
        }
        var scaling = VolShockScaling.Deribit with
        {
            ShortTermPower = power[0], LongTermPower = power[^1], DteFloorDays = floor[0],
        };
        return Build(spot, vol, ext, scaling, source, row);
    }

    private static StressGrid Build(
        IReadOnlyList<double> spot, IReadOnlyList<double> vol, IReadOnlyList<double> ext,
        VolShockScaling scaling, string source, string row)
    {
        var scenarios = new List<StressScenario>();
        foreach (double s in spot)
        {
            foreach (double v in vol) scenarios.Add(new StressScenario(s, v));
        }
        double volUp = vol.Max();
        foreach (double s in ext) scenarios.Add(new StressScenario(s, volUp));
        return new StressGrid(scenarios, scaling, source, row);
    }
}
