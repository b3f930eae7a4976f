using Athenaeum.Scribunto.Engine;

namespace Athenaeum.Scribunto.Libraries;

/// <summary>The host side of mw.ustring.</summary>
internal static class UstringLibrary
{
    /// <summary>Registers the library's host functions.</summary>
    /// <param name="table">The table to fill.</param>
    public static void Register(HostFunctionTable table)
    {
        _ = table;
    }
}
