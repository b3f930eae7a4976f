namespace Athenaeum.Scribunto.Engine;

/// <summary>How a protected call into Lua ended.</summary>
internal enum LuaCallStatus
{
    /// <summary>It returned normally.</summary>
    Ok,

    /// <summary>It raised an error (the error value is on the stack).</summary>
    Error,

    /// <summary>The CPU time limit was reached.</summary>
    Timeout,

    /// <summary>The memory limit was reached.</summary>
    OutOfMemory,
}
