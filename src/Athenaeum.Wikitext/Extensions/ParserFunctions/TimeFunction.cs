using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Extensions.ParserFunctions.Time;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#time: format | date | language | local}}</c> and <c>{{#timel: …}}</c>, as ParserFunctions:
/// the date is read as PHP's DateTime reads it (in UTC when it names no zone; "now" is the render's
/// clock), shown in UTC (or the wiki's local zone for <c>#timel</c> and a true "local" argument),
/// and formatted with MediaWiki's date codes in the content language or the one given.
/// </summary>
/// <remarks>Stateless and thread-safe; per-render state (the format length budget, the cache) lives in the host.</remarks>
internal sealed partial class TimeFunction : IParserFunction
{
    private readonly ParserFunctionsOptions _options;
    private readonly bool _local;

    /// <summary>Initializes a new instance of the <see cref="TimeFunction"/> class.</summary>
    /// <param name="options">The extension's settings.</param>
    /// <param name="local">Whether this is <c>#timel</c>.</param>
    public TimeFunction(ParserFunctionsOptions options, bool local)
    {
        _options = options;
        _local = local;
        Names = [local ? "#timel" : "#time"];
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var format = FunctionArguments.Trimmed(args, 0);
        var date = FunctionArguments.Trimmed(args, 1);
        var language = FunctionArguments.Trimmed(args, 2);
        var local = _local || (args.Count > 3 && args[3].ExpandTrimmed().Length > 0 && args[3].ExpandTrimmed() != "0");

        var state = host.GetExtensionState(() => new TimeState());
        var key = string.Join('\u0001', format, date, language, local ? "1" : "0");
        if (state.Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = Compute(host, state, format, date, language, local);
        state.Cache[key] = result;
        return result;
    }

    private string Compute(IParserFunctionHost host, TimeState state, string format, string date, string language, bool local)
    {
        long unix;
        if (date.Length == 0)
        {
            unix = host.Context.Clock.GetUtcNow().ToUnixTimeSeconds();
        }
        else
        {
            // A bare four-digit number would be read as a time of day (20:24); MediaWiki makes it a year.
            if (FourDigitsRegex().IsMatch(date))
            {
                date = "00:00 " + date;
            }

            var parsed = PhpDateParser.Parse(date);
            if (parsed.Errors.Count > 0)
            {
                return WikiMessages.StrongError(host, "pfunc_time_error");
            }

            unix = PhpDateResolver.Resolve(parsed, host.Context.Clock.GetUtcNow(), TimeZoneInfo.Utc);
        }

        state.FormatCharacters += System.Text.Encoding.UTF8.GetByteCount(format);
        if (state.FormatCharacters > _options.MaxTimeFormatCharacters)
        {
            return WikiMessages.StrongError(host, "pfunc_time_too_long");
        }

        var zone = local ? _options.LocalTimeZone : TimeZoneInfo.Utc;
        var time = CivilTime.FromUnix(unix, zone);
        if (time.Year < 0)
        {
            return WikiMessages.StrongError(host, "pfunc_time_too_small");
        }

        if (time.Year > 9999)
        {
            return WikiMessages.StrongError(host, "pfunc_time_too_big");
        }

        var lang = language.Length > 0 && Language.IsValidBuiltInCode(language)
            ? Language.Get(language)
            : WikiMessages.ContentLanguage(host);
        return DateFormatter.Format(lang, format, time);
    }

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitsRegex();

    /// <summary>Per-render state: the format characters used so far and the results of earlier calls.</summary>
    private sealed class TimeState
    {
        public int FormatCharacters { get; set; }

        public Dictionary<string, string> Cache { get; } = new(StringComparer.Ordinal);
    }
}
