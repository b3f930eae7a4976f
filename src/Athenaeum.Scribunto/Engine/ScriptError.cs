using System.Text.RegularExpressions;
using Athenaeum.Scribunto.Interop;

namespace Athenaeum.Scribunto.Engine;

/// <summary>A script error as MediaWiki words it ("Lua error in Module:X at line 5: …").</summary>
/// <param name="Key">The Scribunto message key.</param>
/// <param name="Message">The message shown on the page (plain text).</param>
internal sealed partial record ScriptError(string Key, string Message)
{
    /// <summary>Words the error of a failed call; the error value is on top of the stack.</summary>
    /// <param name="status">How the call ended.</param>
    /// <param name="lua">The state.</param>
    /// <returns>The error.</returns>
    public static ScriptError FromStatus(LuaCallStatus status, LuaState lua)
    {
        if (status == LuaCallStatus.Timeout)
        {
            return new ScriptError("scribunto-common-timeout", "The time allocated for running scripts has expired.");
        }

        if (status == LuaCallStatus.OutOfMemory)
        {
            return FromLuaMessage("not enough memory");
        }

        // Scribunto shows string and number error values; anything else is "unknown error".
        var message = lua.TypeAt(-1) is LuaNative.TypeString or LuaNative.TypeNumber ? lua.ToStringValue(-1)! : "unknown error";
        return FromLuaMessage(message);
    }

    /// <summary>Words a Lua error message, taking "chunk:line: " apart as Scribunto does.</summary>
    /// <param name="message">The Lua message.</param>
    /// <returns>The error.</returns>
    public static ScriptError FromLuaMessage(string message)
    {
        var m = LocationPattern().Match(message);
        if (m.Success)
        {
            return new ScriptError("scribunto-lua-error-location", "Lua error in " + m.Groups[1].Value + " at line " + m.Groups[2].Value + ": " + m.Groups[3].Value + ".");
        }

        return new ScriptError("scribunto-lua-error", "Lua error: " + message + ".");
    }

    // PHP's /^(.*?):([0-9]+): (.*)$/ : "." stops at newlines and "$" may match before a final newline.
    [GeneratedRegex(@"^(.*?):([0-9]+): (.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPattern();
}
