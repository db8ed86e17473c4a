namespace GpuRisk;

/// <summary>
/// Bad input: the file, the row (a 1-based data row for tables, a JSON path for JSON) and the
/// field that broke a rule. The command line maps it to exit code 2; the library never exits.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, string row, string field, string problem, Exception? inner = null)
        : base($"{file}: row {row}, field '{field}': {problem}", inner)
    {
        File = file;
        Row = row;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file that holds the bad value (as the user named it).</summary>
    public string File { get; }

    /// <summary>1-based data row of a table, or a JSON path such as <c>$.underlyings.BTC.spot</c>.</summary>
    public string Row { get; }

    /// <summary>The column or JSON property that broke a rule.</summary>
    public string Field { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Problem { get; }
}
