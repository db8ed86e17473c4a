namespace GpuRisk.IO;

/// <summary>
/// A book file before its cells are interpreted: the column names and, per data row, one text cell
/// per column (null where the cell is empty or missing). CSV and Parquet both arrive in this shape,
/// so one parser applies every rule to both.
/// </summary>
/// <param name="File">The file name messages show.</param>
/// <param name="Columns">Column names in file order.</param>
/// <param name="Rows">Data rows in file order; each has exactly <c>Columns.Count</c> cells.</param>
internal sealed record BookTable(string File, IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows);
