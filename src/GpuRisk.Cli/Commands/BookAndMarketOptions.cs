using System.CommandLine;
using GpuRisk.IO;

namespace GpuRisk.Cli.Commands;

/// <summary><c>--book B --market M</c>, required by every command that values a book.</summary>
public sealed class BookAndMarketOptions
{
    /// <summary><c>--book</c>: the book file, CSV or Parquet by extension.</summary>
    public Option<string?> Book { get; } = CheckedOption.ExistingFile("--book", "Book file (CSV or Parquet)", required: true);

    /// <summary><c>--market</c>: the market file (JSON).</summary>
    public Option<string?> Market { get; } = CheckedOption.ExistingFile("--market", "Market file (JSON)", required: true);

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Book);
        command.Add(Market);
    }

    /// <summary>Reads and validates both files.</summary>
    /// <exception cref="InputException">A file cannot be read or breaks a rule.</exception>
    public BookAndMarket Load(ParseResult parse) =>
        BookAndMarket.Load(InputFile.FromPath(parse.GetRequiredValue(Book)!), InputFile.FromPath(parse.GetRequiredValue(Market)!));
}
