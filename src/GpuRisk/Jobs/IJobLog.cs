namespace GpuRisk.Jobs;

/// <summary>Where a long job says what it is doing: a progress display on a terminal, plain lines otherwise.</summary>
public interface IJobLog
{
    /// <summary>A new stage has started.</summary>
    void Stage(string name);

    /// <summary>A line worth keeping (a warning, a headline figure).</summary>
    void Info(string message);

    /// <summary>Something the user must know about (a device fallback, say).</summary>
    void Warn(string message);
}
