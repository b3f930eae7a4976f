namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A template or function call from code (Lua's <c>frame:expandTemplate</c>,
/// <c>frame:callParserFunction</c>) that cannot be done: the template is missing, loops or is too
/// deep, or the function does not exist. The message is Scribunto's, ready to be raised as a Lua error.
/// </summary>
public sealed class ExpansionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ExpansionException"/> class.</summary>
    public ExpansionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpansionException"/> class.</summary>
    /// <param name="message">The message, for example <c>expandTemplate: template "X" does not exist</c>.</param>
    public ExpansionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpansionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ExpansionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
