namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// Thrown when tidying would build more elements than <see cref="HtmlTidy.ElementLimit"/> allows. HTML5's
/// reconstruction of formatting elements can make the output grow with the square of the input
/// (thousands of distinct unclosed <c>&lt;b class=…&gt;</c> reopened before every paragraph); no real
/// page comes near the limit, so reaching it means hostile or broken markup.
/// </summary>
public sealed class TidyLimitExceededException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TidyLimitExceededException"/> class.</summary>
    public TidyLimitExceededException()
        : base("HTML tidy stopped: the markup would create too many elements.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TidyLimitExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    public TidyLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TidyLimitExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TidyLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
