namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// A host callback: reads its arguments from the Lua stack (1 … <see cref="LuaState.Top"/>),
/// pushes its results and returns how many it pushed. Throws <see cref="LuaScriptException"/> to
/// raise a Lua error (after the callback has returned, see docs/scribunto.md, "Safety").
/// </summary>
/// <param name="lua">The state that called.</param>
/// <returns>The number of results pushed.</returns>
internal delegate int LuaHostFunction(LuaState lua);
