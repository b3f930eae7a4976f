using Athenaeum.Web.Hosting;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Pages;

/// <summary>
/// The Terms of Use and Privacy Policy: <c>terms.md</c> and <c>privacy.md</c> in the data directory when
/// the operator wrote them, else the defaults built into the server. <c>{site}</c> and
/// <c>{publisher}</c> in the text are replaced by the library's name and publisher. Files are read
/// on each request (they are small), so edits show without a restart.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class LegalDocuments
{
    /// <summary>The longest file read, in bytes.</summary>
    public const long MaxFileBytes = 256 * 1024;

    private readonly LibraryContext _library;

    public LegalDocuments(LibraryContext library)
    {
        _library = library;
    }

    /// <summary>Gets a document as HTML.</summary>
    /// <param name="name">"terms" or "privacy".</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="InvalidOperationException">The operator's file is larger than <see cref="MaxFileBytes"/>.</exception>
    public string GetHtml(string name)
    {
        var path = Path.Combine(_library.DataDirectory, name + ".md");
        string text;
        if (File.Exists(path))
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new InvalidOperationException($"{path}: {length} bytes; the site reads legal texts of at most {MaxFileBytes} bytes.");
            }

            text = File.ReadAllText(path);
        }
        else
        {
            using var stream = typeof(LegalDocuments).Assembly.GetManifestResourceStream("Athenaeum.Web.Legal." + name + ".md")
                ?? throw new InvalidOperationException("The built-in " + name + ".md is missing from the assembly.");
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }

        text = text.Replace("{site}", _library.LibraryName, StringComparison.Ordinal)
            .Replace("{publisher}", _library.Options.Publisher, StringComparison.Ordinal);
        return SimpleMarkdown.ToHtml(text);
    }
}
