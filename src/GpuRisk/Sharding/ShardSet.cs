using GpuRisk.IO;

namespace GpuRisk.Sharding;

/// <summary>
/// The shard folders a merge combines, checked to belong together: every one finished (has its manifest), all from
/// the same engine version, seed, config, book, market and stages, and together exactly shards 0..N-1 of one run.
/// </summary>
public sealed class ShardSet
{
    private ShardSet(IReadOnlyList<string> folders, IReadOnlyList<ShardManifest> manifests)
    {
        Folders = folders;
        Manifests = manifests;
    }

    /// <summary>The shard folders, in shard order.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Their manifests, in shard order.</summary>
    public IReadOnlyList<ShardManifest> Manifests { get; }

    /// <summary>Reads and checks the shards in <paramref name="folders"/>.</summary>
    /// <exception cref="InputException">A folder is not a finished shard, shards differ, or one is missing or doubled.</exception>
    public static ShardSet Open(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0) throw new InputException("merge", InputLocation.FileRow, "shards", "give at least one shard folder");
        ShardManifest[] manifests = [.. folders.Select(ShardManifest.Read)];
        ShardManifest first = manifests[0];
        for (int i = 1; i < manifests.Length; i++)
        {
            ShardManifest m = manifests[i];
            Same(folders[i], "version", m.Version, first.Version, folders[0]);
            Same(folders[i], "seed", m.Seed.ToString(), first.Seed.ToString(), folders[0]);
            Same(folders[i], "shards", m.Count.ToString(), first.Count.ToString(), folders[0]);
            Same(folders[i], "stages", string.Join(",", m.Stages), string.Join(",", first.Stages), folders[0]);
            foreach (var (role, _, sha) in first.Inputs)
            {
                string other = m.Inputs.FirstOrDefault(x => x.Role == role).Sha256 ?? "";
                if (other != sha)
                {
                    throw new InputException(Path.Combine(folders[i], ShardManifest.FileName), "$.inputs", role,
                        $"the {role} differs from {folders[0]}'s (SHA-256 {Short(other)} vs {Short(sha)}): these shards are not of one run");
                }
            }
        }
        var byIndex = new string?[first.Count];
        for (int i = 0; i < manifests.Length; i++)
        {
            int index = manifests[i].Index;
            if (index < 0 || index >= first.Count)
            {
                throw new InputException(Path.Combine(folders[i], ShardManifest.FileName), "$.shard", "shard", $"index {index} is outside 0..{first.Count - 1}");
            }
            if (byIndex[index] is { } earlier)
            {
                throw new InputException(Path.Combine(folders[i], ShardManifest.FileName), "$.shard", "shard",
                    $"shard {index} of {first.Count} is given twice ({earlier} and {folders[i]})");
            }
            byIndex[index] = folders[i];
        }
        int missing = Array.IndexOf(byIndex, null);
        if (missing >= 0)
        {
            throw new InputException("merge", InputLocation.FileRow, "shards", $"shard {missing} of {first.Count} is missing");
        }
        string[] ordered = [.. byIndex.Select(f => f!)];
        return new ShardSet(ordered, [.. ordered.Select(f => manifests[Array.IndexOf([.. folders], f)])]);
    }

    /// <summary>The config, book and market as the shards ran them (shard 0's copies).</summary>
    public (InputFile Config, InputFile Book, InputFile Market) Inputs()
    {
        InputFile Copy(string role)
        {
            var (_, file, _) = Manifests[0].Inputs.First(x => x.Role == role);
            return InputFile.FromPath(Path.Combine(Folders[0], ShardManifest.InputsFolder, file));
        }
        return (Copy("config"), Copy("book"), Copy("market"));
    }

    private static void Same(string folder, string field, string value, string expected, string firstFolder)
    {
        if (value != expected)
        {
            throw new InputException(Path.Combine(folder, ShardManifest.FileName), $"$.{field}", field,
                $"is {value} but {firstFolder}'s is {expected}: these shards are not of one run");
        }
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
