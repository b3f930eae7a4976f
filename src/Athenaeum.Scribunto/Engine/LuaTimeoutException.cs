namespace Athenaeum.Scribunto.Engine;

/// <summary>Thrown by a host callback when the page's script time is spent; Lua cannot catch it.</summary>
internal sealed class LuaTimeoutException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="LuaTimeoutException"/> class.</summary>
    public LuaTimeoutException()
        : base("The time allocated for running scripts has expired.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LuaTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    public LuaTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LuaTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LuaTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
