namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>One "|"-separated part of an open stack element (MediaWiki's PPDPart).</summary>
internal sealed class StackPart
{
    public StackPart(string source, int start, int pipePosition)
    {
        Out = new Accumulator(source, start);
        PipePosition = pipePosition;
    }

    /// <summary>Gets the part's content.</summary>
    public Accumulator Out { get; }

    /// <summary>Gets the offset of the "|" that opened this part, or -1 for the first part.</summary>
    public int PipePosition { get; }

    /// <summary>Gets or sets the index in <see cref="Out"/> of the first top-level "=", or -1.</summary>
    public int EqualsIndex { get; set; } = -1;

    /// <summary>Gets or sets the offset of the last character of the last comment in the part, or -1.</summary>
    public int CommentEnd { get; set; } = -1;

    /// <summary>Gets or sets the offset where the whitespace before the last comment run begins (for heading ends).</summary>
    public int VisualEnd { get; set; } = -1;
}
