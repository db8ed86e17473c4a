namespace GpuRisk.Output;

/// <summary>
/// Writes a file under a temporary name in the same folder, then renames it into place, so a crash or
/// Ctrl-C never leaves a half-written result under the final name.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Creates <paramref name="path"/> from what <paramref name="write"/> puts into the stream.
    /// The folder is created if needed; an existing file is replaced only once the new one is complete.
    /// </summary>
    public static void Write(string path, Action<Stream> write) =>
        WriteAsync(path, s => { write(s); return Task.CompletedTask; }).GetAwaiter().GetResult();

    /// <summary>Async form of <see cref="Write(string, Action{Stream})"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // Same folder as the target, so the rename stays on one file system and is atomic.
        string temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8) atomically.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, s => { using var w = new StreamWriter(s, leaveOpen: true); w.Write(text); });
}
