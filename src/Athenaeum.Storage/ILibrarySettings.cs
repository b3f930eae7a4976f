namespace Athenaeum.Storage;

/// <summary>Named settings stored in the library itself, such as the per-library secret of address hashes.</summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface ILibrarySettings
{
    /// <summary>Gets a setting.</summary>
    /// <param name="name">The setting's name.</param>
    /// <returns>The value, or <see langword="null"/> when it is not set.</returns>
    string? Get(string name);

    /// <summary>Gets a setting, storing <paramref name="create"/>'s value first when it is not set yet; concurrent callers all get the stored value.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="create">Makes the value to store.</param>
    /// <returns>The stored value.</returns>
    /// <exception cref="LibraryException">The library is read-only and the setting is missing.</exception>
    string GetOrAdd(string name, Func<string> create);

    /// <summary>Stores a setting, replacing its value.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    void Set(string name, string value);
}
