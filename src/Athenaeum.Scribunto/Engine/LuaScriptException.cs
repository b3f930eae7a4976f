namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// Thrown by a host callback to raise an ordinary (catchable) Lua error with a message and no
/// script position, as Scribunto's PHP side does with its LuaError.
/// </summary>
internal sealed class LuaScriptException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="LuaScriptException"/> class.</summary>
    /// <param name="message">The Lua error message.</param>
    public LuaScriptException(string message)
        : base(message)
    {
        LuaMessage = message;
    }

    /// <summary>Initializes a new instance of the <see cref="LuaScriptException"/> class.</summary>
    public LuaScriptException()
        : this("error")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LuaScriptException"/> class.</summary>
    /// <param name="message">The Lua error message.</param>
    /// <param name="innerException">The cause.</param>
    public LuaScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        LuaMessage = message;
    }

    /// <summary>Gets the message given to Lua.</summary>
    public string LuaMessage { get; }
}
