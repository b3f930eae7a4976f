namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>
/// An open construct on the preprocessor stack (MediaWiki's PPDStackElement): a run of "{", a "[["
/// pair, a "-{" language-conversion opening, or a possible heading opened at a line start ("\n").
/// </summary>
internal sealed class StackElement
{
    private readonly string _source;

    public StackElement(string source, string open, string close, int count, int start, bool lineStart, bool savedPrefix)
    {
        _source = source;
        Open = open;
        Close = close;
        Count = count;
        Start = start;
        LineStart = lineStart;
        SavedPrefix = savedPrefix;
        Parts = [new StackPart(source, start + count, -1)];
    }

    /// <summary>Gets or sets the opening text: "{", "[", "-{" or "\n" (heading).</summary>
    public string Open { get; set; }

    /// <summary>Gets or sets the closing text: "}", "]", "}-" or "\n".</summary>
    public string Close { get; set; }

    /// <summary>Gets or sets how many opening characters are still unmatched ("-{" counts its "-").</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets the offset of the first unmatched opening character (for a heading, of the first "=").</summary>
    public int Start { get; set; }

    /// <summary>Gets a value indicating whether the opening characters start a line.</summary>
    public bool LineStart { get; }

    /// <summary>Gets or sets a value indicating whether a "-" before the braces belongs to this element ("-{{" where the braces won).</summary>
    public bool SavedPrefix { get; set; }

    /// <summary>Gets or sets the parts; the last one is being filled.</summary>
    public List<StackPart> Parts { get; set; }

    /// <summary>Gets the part being filled.</summary>
    public StackPart CurrentPart => Parts[^1];

    /// <summary>Gets a value indicating whether "|" starts a new part here (not in headings and "[[…]]").</summary>
    public bool FindPipe => Open is not ("\n" or "[");

    /// <summary>Gets a value indicating whether a top-level "=" is looked for (second and later parts, until one is found).</summary>
    public bool FindEquals => FindPipe && Parts.Count > 1 && CurrentPart.EqualsIndex < 0;

    /// <summary>Gets a value indicating whether this element is a possible heading.</summary>
    public bool InHeading => Open == "\n";

    /// <summary>Adds a part after a "|" at <paramref name="pipePosition"/>.</summary>
    /// <param name="pipePosition">The offset of the "|".</param>
    public void AddPart(int pipePosition) => Parts.Add(new StackPart(_source, pipePosition + 1, pipePosition));

    /// <summary>
    /// Turns the element back into text (MediaWiki's breakSyntax): the opening characters, then the
    /// parts joined by "|". Only the last <paramref name="openingCount"/> opening characters are
    /// written; the others stay with the element.
    /// </summary>
    /// <param name="openingCount">How many opening characters to write, or -1 for all of them.</param>
    /// <returns>The text and nodes, in source order.</returns>
    public Accumulator BreakSyntax(int openingCount = -1)
    {
        if (Open == "\n")
        {
            var heading = new Accumulator(_source, Start);
            heading.AddRange(Parts[0].Out);
            return heading;
        }

        if (openingCount < 0)
        {
            openingCount = Count;
        }

        var prefixLength = SavedPrefix ? 1 : 0;
        var openStart = Start + (Count - openingCount);
        var result = new Accumulator(_source, openStart - prefixLength);
        if (SavedPrefix)
        {
            result.AddLiteral(openStart - 1, 1);
        }

        // "-{" counts its "-": the written text is "-" followed by count-1 braces.
        var opening = Open.Length > 1
            ? string.Concat(Open.AsSpan(0, Open.Length - 1), new string(Open[^1], openingCount - (Open.Length - 1)))
            : new string(Open[0], openingCount);
        result.AddLiteral(openStart, opening.Length);
        foreach (var part in Parts)
        {
            if (part.PipePosition >= 0)
            {
                result.AddLiteral(part.PipePosition, 1);
            }

            result.AddRange(part.Out);
        }

        return result;
    }
}
