namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// Settings of the ParserFunctions extension, with MediaWiki's names: the defaults are those of
/// MediaWiki 1.39 and Wikipedia (string functions off).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParserFunctionsOptions
{
    /// <summary>
    /// Gets a value indicating whether <c>#len</c>, <c>#pos</c>, <c>#rpos</c>, <c>#sub</c>, <c>#count</c>,
    /// <c>#replace</c>, <c>#explode</c> and <c>#urldecode</c> exist ($wgPFEnableStringFunctions; off on
    /// Wikipedia, on in MediaWiki's parser tests).
    /// </summary>
    public bool EnableStringFunctions { get; init; }

    /// <summary>Gets the longest string, in characters, the string functions accept ($wgPFStringLengthLimit, 1000).</summary>
    public int StringLengthLimit { get; init; } = 1000;

    /// <summary>Gets the wiki's local time zone ($wgLocaltimezone), used by <c>#timel</c> and <c>#time</c>'s local flag.</summary>
    public TimeZoneInfo LocalTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Gets how many format characters <c>#time</c> may process per render (MediaWiki's MAX_TIME_CHARS, 6000).</summary>
    public int MaxTimeFormatCharacters { get; init; } = 6000;
}
