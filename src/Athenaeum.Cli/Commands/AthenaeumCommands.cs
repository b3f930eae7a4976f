using System.CommandLine;

namespace Athenaeum.Cli.Commands;

/// <summary>Builds the <c>athenaeum</c> command tree. Other areas add their commands here (render, serve …).</summary>
internal static class AthenaeumCommands
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(
            """
            Athenaeum: a self-hosted encyclopedia server for MediaWiki XML dumps.

            Examples:
              athenaeum import fatwiki-20240920-pages-articles-multistream.xml.bz2
              athenaeum info
              athenaeum page "Kwame Nkrumah"
              athenaeum render "Kwame Nkrumah" > page.html
              athenaeum serve --urls http://127.0.0.1:8080
            """);
        root.Add(ImportCommand.Create());
        root.Add(InfoCommand.Create());
        root.Add(PageCommand.Create());
        root.Add(RenderCommand.Create());
        root.Add(ParserTestsCommand.Create());
        root.Add(ServeCommand.Create());
        return root;
    }
}
