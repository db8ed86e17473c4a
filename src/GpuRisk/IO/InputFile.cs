using System.Reflection;
using System.Security.Cryptography;

namespace GpuRisk.IO;

/// <summary>
/// The bytes of one input file and the name messages call it by. Read once, so the run manifest's hash
/// is the hash of exactly what was parsed.
/// </summary>
/// <param name="DisplayName">The path as the user gave it, or <c>embedded:data/NAME</c>.</param>
/// <param name="Bytes">The file's content.</param>
public sealed record InputFile(string DisplayName, byte[] Bytes)
{
    private const string ResourcePrefix = "GpuRisk.data.";

    /// <summary>Reads <paramref name="path"/>; a missing or unreadable file, or a folder, is an <see cref="InputException"/>.</summary>
    public static InputFile FromPath(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, InputLocation.FileRow, InputLocation.PathField, "is a folder, not a file");
        }
        try
        {
            return new InputFile(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(path, InputLocation.FileRow, InputLocation.PathField, $"cannot open the file: {e.Message}", e);
        }
    }

    /// <summary>One of the embedded default files shipped from <c>data/</c> (e.g. "book.csv").</summary>
    public static InputFile Embedded(string name)
    {
        Assembly assembly = typeof(InputFile).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InputException($"embedded:data/{name}", InputLocation.FileRow, InputLocation.PathField, "no such embedded default file");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new InputFile($"embedded:data/{name}", copy.ToArray());
    }

    /// <summary>True when this file came from the embedded defaults.</summary>
    public bool IsEmbedded => DisplayName.StartsWith("embedded:", StringComparison.Ordinal);

    /// <summary>Lower-case hex SHA-256 of the content, for the run manifest.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>A fresh read-only stream over the content.</summary>
    public Stream OpenRead() => new MemoryStream(Bytes, writable: false);

    /// <summary>
    /// A file named by <paramref name="reference"/> inside this one (a config naming its book): relative
    /// paths resolve against this file's folder, or against the embedded defaults when this one is embedded.
    /// </summary>
    public InputFile Resolve(string reference)
    {
        if (IsEmbedded && !Path.IsPathRooted(reference)) return Embedded(reference);
        string folder = Path.GetDirectoryName(Path.GetFullPath(DisplayName)) ?? ".";
        string path = Path.IsPathRooted(reference) ? reference : Path.Combine(folder, reference);
        return FromPath(Path.GetRelativePath(Environment.CurrentDirectory, path));
    }
}
