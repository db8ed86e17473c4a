namespace GpuRisk.IO;

/// <summary>
/// The <see cref="InputException.Row"/> and <see cref="InputException.Field"/> values the readers use
/// for problems that are not about one cell or one JSON value.
/// </summary>
public static class InputLocation
{
    /// <summary>Row name for problems with the header of a table (missing, unknown or repeated columns).</summary>
    public const string HeaderRow = "header";
    /// <summary>Row name for problems with the whole file (unreadable, wrong format, no rows).</summary>
    public const string FileRow = "file";
    /// <summary>Field name for a file that cannot be opened (missing, a folder, no permission).</summary>
    public const string PathField = "path";
    /// <summary>Field name for a file that cannot be read as the format it claims, or an unknown extension.</summary>
    public const string FormatField = "format";
    /// <summary>Field name for a book with no positions.</summary>
    public const string RowsField = "rows";
    /// <summary>Field name for a CSV row whose number of cells differs from the header's.</summary>
    public const string CellsField = "cells";

    /// <summary>Row name for malformed JSON (the JSON root); the problem gives the line.</summary>
    public const string JsonRootRow = "$";
    /// <summary>Field name for malformed JSON.</summary>
    public const string JsonSyntaxField = "json";
}
