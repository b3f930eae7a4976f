namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// The host functions the Lua libraries call (Scribunto's "PHP side"), by name. Built once for
/// the process; every Lua state gets the same set, each function serving the engine of the render
/// the state currently belongs to.
/// </summary>
/// <remarks>Immutable after <see cref="Default"/> is built; thread-safe.</remarks>
internal sealed class HostFunctionTable
{
    private readonly List<KeyValuePair<string, Func<ScribuntoEngine, LuaState, int>>> _functions = [];

    /// <summary>Gets the table with every library's functions.</summary>
    public static HostFunctionTable Default { get; } = Build();

    /// <summary>Gets the functions, in registration order.</summary>
    public IReadOnlyList<KeyValuePair<string, Func<ScribuntoEngine, LuaState, int>>> Functions => _functions;

    /// <summary>Adds a function.</summary>
    /// <param name="name">The name Lua sees in the host table.</param>
    /// <param name="function">The implementation.</param>
    public void Add(string name, Func<ScribuntoEngine, LuaState, int> function) => _functions.Add(new(name, function));

    private static HostFunctionTable Build()
    {
        var table = new HostFunctionTable();
        ScribuntoEngine.RegisterCoreFunctions(table);
        Libraries.SiteLibrary.Register(table);
        Libraries.UriLibrary.Register(table);
        Libraries.UstringLibrary.Register(table);
        Libraries.LanguageLibrary.Register(table);
        Libraries.MessageLibrary.Register(table);
        Libraries.TitleLibrary.Register(table);
        Libraries.TextLibrary.Register(table);
        Libraries.HashLibrary.Register(table);
        return table;
    }
}
