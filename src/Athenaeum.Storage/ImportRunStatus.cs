namespace Athenaeum.Storage;

/// <summary>The state of an import run.</summary>
public enum ImportRunStatus
{
    /// <summary>Running, or interrupted (killed) before it finished: running the same import again resumes it.</summary>
    Running = 0,

    /// <summary>The dump was read to its end and everything committed.</summary>
    Completed = 1,

    /// <summary>The import stopped at an error; what was committed before it stays.</summary>
    Failed = 2,

    /// <summary>Superseded by an import of another file before it finished.</summary>
    Abandoned = 3,
}
