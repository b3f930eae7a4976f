using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Expansion;

/// <content>Triple-brace substitution (MediaWiki's argSubstitution).</content>
internal sealed partial class ExpansionFrame
{
    private ExpansionResult ArgumentSubstitution(ArgumentReference reference)
    {
        var nameWithSpaces = Expand(reference.Name);
        var argName = ParserFunctionArgument.Trim(nameWithSpaces);
        string? text = TryGetArgument(argName, out var value) ? value : null;
        Node? result = null;
        if (text is null && reference.Default is { } fallback)
        {
            // The whole first part, "name=value" included, is expanded in this frame.
            result = fallback;
        }

        string? error = null;
        if (!_session.TryIncrementIncludeSize(argument: true, text))
        {
            error = ExpansionMessages.ArgumentOmittedComment;
            _session.LimitationWarn("post-expand-template-argument");
        }

        if (text is null && result is null)
        {
            // No such argument and no default: the reference stays as written, its parts expanded.
            result = ExpansionSequence.Bracketed("{{{", nameWithSpaces, reference.Parts, "}}}");
        }

        if (error is not null)
        {
            text = (text ?? string.Empty) + error;
        }

        return result is not null ? ExpansionResult.FromObject(result) : ExpansionResult.FromText(text!);
    }
}
