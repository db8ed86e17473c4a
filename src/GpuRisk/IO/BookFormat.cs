namespace GpuRisk.IO;

/// <summary>The file formats a book can be read from.</summary>
public enum BookFormat
{
    /// <summary>RFC-4180 CSV, UTF-8, header row first.</summary>
    Csv,
    /// <summary>Apache Parquet, one row per position.</summary>
    Parquet,
}
