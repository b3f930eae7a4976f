using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>A render for unit tests: context, output, a frame, extension state disposed at the end.</summary>
internal sealed class TestHost : IParserFunctionHost, IDisposable
{
    private readonly Dictionary<Type, object> _state = [];
    private int _expensive;

    public TestHost(ParserContext context, WikitextPipeline pipeline, IExpansionFrame frame)
    {
        Context = context;
        Pipeline = pipeline;
        Frame = frame;
    }

    public ParserContext Context { get; }

    public ParserOutput Output { get; } = new();

    public IExpansionFrame Frame { get; set; }

    public WikitextPipeline Pipeline { get; }

    public List<string> TrackingCategories { get; } = [];

    public bool TryIncrementExpensiveFunctionCount() => ++_expensive <= Context.Options.MaxExpensiveFunctionCount;

    public void AddTrackingCategory(string messageKey) => TrackingCategories.Add(messageKey);

    public T GetExtensionState<T>(Func<T> create)
        where T : class
    {
        if (!_state.TryGetValue(typeof(T), out var value))
        {
            value = create();
            _state[typeof(T)] = value;
        }

        return (T)value;
    }

    public void AddExistenceDependency(PageTitle title)
    {
    }

    public void Dispose()
    {
        foreach (var value in _state.Values)
        {
            (value as IDisposable)?.Dispose();
        }

        _state.Clear();
    }
}
