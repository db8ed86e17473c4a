using System.CommandLine;
using GpuRisk.Devices;

namespace GpuRisk.Cli.Commands;

/// <summary><c>gpurisk devices</c>: the accelerators ILGPU sees, and the one <c>--device auto</c> picks.</summary>
public static class DevicesCommand
{
    /// <summary>Builds the command; it reports through <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal terminal)
    {
        var command = new Command("devices", "List accelerators and the one `auto` picks");
        command.SetAction(_ =>
        {
            var table = new TextTable(null, new("kind"), new("name"), new("memory", true), new("auto"), new("note"));
            foreach (DeviceInfo d in DeviceSelector.List())
            {
                table.Add(d.AutoPick, d.Kind, d.Name, Memory(d.MemoryBytes), d.AutoPick ? "yes" : "", d.Note);
            }
            terminal.Write(table);
            return CliApp.Success;
        });
        return command;
    }

    // The CPU accelerator reports long.MaxValue: it uses host memory, with no device limit of its own.
    private static string Memory(long bytes) =>
        bytes >= long.MaxValue / 2 ? "host" : $"{bytes / (1024.0 * 1024 * 1024):F1} GiB";
}
