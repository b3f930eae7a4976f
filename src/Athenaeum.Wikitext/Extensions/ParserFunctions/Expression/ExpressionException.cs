namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;

/// <summary>
/// An error in a <c>{{#expr:}}</c> expression, named by its ParserFunctions message key
/// ("pfunc_expr_unexpected_number") and an optional parameter; shown to readers as
/// <c>&lt;strong class="error"&gt;</c>, never thrown out of a render.
/// </summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ExpressionException"/> class.</summary>
    public ExpressionException()
        : this("unknown_error")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpressionException"/> class.</summary>
    /// <param name="message">The error name without the "pfunc_expr_" prefix ("division_by_zero").</param>
    public ExpressionException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpressionException"/> class.</summary>
    /// <param name="message">The error name without the "pfunc_expr_" prefix.</param>
    /// <param name="innerException">The cause.</param>
    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageKey = "pfunc_expr_" + message;
        Parameter = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ExpressionException"/> class.</summary>
    /// <param name="error">The error name without the "pfunc_expr_" prefix ("unrecognised_word").</param>
    /// <param name="parameter">The message parameter ($1), for example the word.</param>
    public ExpressionException(string error, string parameter)
        : base(error + (parameter.Length > 0 ? ": " + parameter : string.Empty))
    {
        MessageKey = "pfunc_expr_" + error;
        Parameter = parameter;
    }

    /// <summary>Gets the message key, for example "pfunc_expr_unrecognised_word".</summary>
    public string MessageKey { get; }

    /// <summary>Gets the message parameter ($1), or "".</summary>
    public string Parameter { get; }
}
