using System.Text.Json;

namespace GpuRisk.Output;

/// <summary>
/// <c>gpurisk bench</c>'s JSON: <c>{ "device": ..., "stages": [ { "name", "paths", "steps", "seconds",
/// "pathStepsPerSecond", "unit" } ] }</c>. For stages that are not path simulations, "paths" x "steps"
/// is the work counted (e.g. cells x positions) and "unit" says what one item is. A stage run on another device
/// than the report's (the CPU accelerator beside cpu-simd) names it in its own "device"; a warm simulation also
/// gives its processor time ("cpuSeconds", every thread) and "pathStepsPerCpuSecond".
/// </summary>
public static class BenchReport
{
    /// <summary>
    /// One measured stage; <paramref name="Device"/> when it ran elsewhere than the report's device,
    /// <paramref name="CpuSeconds"/> when its processor time was measured.
    /// </summary>
    public sealed record Stage(string Name, long Paths, long Steps, double Seconds, string Unit, string? Device = null, double? CpuSeconds = null)
    {
        /// <summary>Work items (path-steps, or what <see cref="Unit"/> says) per second.</summary>
        public double PathStepsPerSecond => Paths * (double)Steps / Seconds;

        /// <summary>Work items per second of processor time, when measured.</summary>
        public double? PathStepsPerCpuSecond => Paths * (double)Steps / CpuSeconds;
    }

    /// <summary>Writes the report to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string device, IReadOnlyList<Stage> stages) =>
        AtomicFile.Write(path, stream =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteString("device", device);
            w.WriteStartArray("stages");
            foreach (Stage s in stages)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteNumber("paths", s.Paths);
                w.WriteNumber("steps", s.Steps);
                w.WriteNumber("seconds", s.Seconds);
                w.WriteNumber("pathStepsPerSecond", s.PathStepsPerSecond);
                w.WriteString("unit", s.Unit);
                if (s.Device is { } device) w.WriteString("device", device);
                if (s.CpuSeconds is { } cpu)
                {
                    w.WriteNumber("cpuSeconds", cpu);
                    w.WriteNumber("pathStepsPerCpuSecond", s.PathStepsPerCpuSecond!.Value);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
}
