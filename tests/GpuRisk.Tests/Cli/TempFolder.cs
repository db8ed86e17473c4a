namespace GpuRisk.Tests.Cli;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gpurisk-tests", Guid.NewGuid().ToString("N"));

    public string File(string name, string content)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies the embedded default file <paramref name="name"/> (e.g. market.json) here; returns its path.</summary>
    public string Embedded(string name) =>
        File(name, System.Text.Encoding.UTF8.GetString(GpuRisk.IO.InputFile.Embedded(name).Bytes));

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
