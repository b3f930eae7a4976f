using Athenaeum.Wikitext.Extensions.ParserFunctions.StringFunctions;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// The ParserFunctions extension (REL1_39): <c>#if</c>, <c>#ifeq</c>, <c>#iferror</c>, <c>#ifexpr</c>,
/// <c>#expr</c>, <c>#switch</c>, <c>#ifexist</c>, <c>#time</c>, <c>#timel</c>, <c>#titleparts</c>,
/// <c>#rel2abs</c>, and the string functions when enabled.
/// </summary>
/// <remarks>Immutable and thread-safe once set up.</remarks>
public sealed class ParserFunctionsExtension : IWikitextExtension
{
    /// <summary>Initializes a new instance of the <see cref="ParserFunctionsExtension"/> class.</summary>
    /// <param name="options">The settings; MediaWiki's defaults when <see langword="null"/>.</param>
    public ParserFunctionsExtension(ParserFunctionsOptions? options = null)
    {
        Options = options ?? new ParserFunctionsOptions();
    }

    /// <summary>Gets the settings.</summary>
    public ParserFunctionsOptions Options { get; }

    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.ParserFunctions.Add(new IfFunction());
        pipeline.ParserFunctions.Add(new IfEqFunction());
        pipeline.ParserFunctions.Add(new IfErrorFunction());
        pipeline.ParserFunctions.Add(new IfExprFunction());
        pipeline.ParserFunctions.Add(new ExprFunction());
        pipeline.ParserFunctions.Add(new SwitchFunction());
        pipeline.ParserFunctions.Add(new IfExistFunction());
        pipeline.ParserFunctions.Add(new TimeFunction(Options, local: false));
        pipeline.ParserFunctions.Add(new TimeFunction(Options, local: true));
        pipeline.ParserFunctions.Add(new TitlePartsFunction());
        pipeline.ParserFunctions.Add(new Rel2AbsFunction());
        if (Options.EnableStringFunctions)
        {
            foreach (var function in StringFunctionSet.Create(Options.StringLengthLimit))
            {
                pipeline.ParserFunctions.Add(function);
            }
        }
    }

    /// <summary>
    /// Creates the string functions (<c>#len</c>, <c>#pos</c>, <c>#rpos</c>, <c>#sub</c>, <c>#count</c>,
    /// <c>#replace</c>, <c>#explode</c>, <c>#urldecode</c>) on their own, for a pipeline that wants them
    /// whatever the extension's options say (MediaWiki's parser-test hook does this).
    /// </summary>
    /// <param name="lengthLimit">The longest string accepted ($wgPFStringLengthLimit).</param>
    /// <returns>The functions.</returns>
    public static IEnumerable<Expansion.IParserFunction> CreateStringFunctions(int lengthLimit = 1000) => StringFunctionSet.Create(lengthLimit);

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }
}
