namespace Athenaeum.Wikitext.Site;

/// <summary>
/// The prefixes of MediaWiki 1.39's default interwiki map (<c>maintenance/interwiki.list</c>, loaded into
/// every new wiki's <c>interwiki</c> table by the installer) that Wikimedia's own map does not redefine:
/// <c>doi:</c>, <c>pmid:</c>, <c>rfc:</c>, <c>arxiv:</c>, <c>google:</c> and the older wiki prefixes. A
/// Wikipedia dump uses them in links (<c>[[doi:10.1000/182]]</c>) and templates, and MediaWiki renders
/// them as external interwiki links to these addresses.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class MediaWikiDefaultInterwikiMap
{
    /// <summary>Gets the prefixes and their URL patterns (<c>$1</c> stands for the encoded target), in the list's order.</summary>
    public static IReadOnlyList<(string Prefix, string UrlPattern)> Entries { get; } =
    [
        ("acronym", "https://www.acronymfinder.com/~/search/af.aspx?string=exact&Acronym=$1"),
        ("advogato", "http://www.advogato.org/$1"),
        ("arxiv", "https://www.arxiv.org/abs/$1"),
        ("c2find", "http://c2.com/cgi/wiki?FindPage&value=$1"),
        ("cache", "https://www.google.com/search?q=cache:$1"),
        ("dictionary", "http://www.dict.org/bin/Dict?Database=*&Form=Dict1&Strategy=*&Query=$1"),
        ("doi", "https://dx.doi.org/$1"),
        ("drumcorpswiki", "http://www.drumcorpswiki.com/$1"),
        ("dwjwiki", "http://www.suberic.net/cgi-bin/dwj/wiki.cgi?$1"),
        ("elibre", "http://enciclopedia.us.es/index.php/$1"),
        ("emacswiki", "https://www.emacswiki.org/emacs/$1"),
        ("foldoc", "https://foldoc.org/?$1"),
        ("foxwiki", "https://fox.wikis.com/wc.dll?Wiki~$1"),
        ("freebsdman", "https://www.FreeBSD.org/cgi/man.cgi?apropos=1&query=$1"),
        ("gentoo-wiki", "http://gentoo-wiki.com/$1"),
        ("google", "https://www.google.com/search?q=$1"),
        ("googlegroups", "https://groups.google.com/groups?q=$1"),
        ("hammondwiki", "http://www.dairiki.org/HammondWiki/$1"),
        ("hrwiki", "http://www.hrwiki.org/wiki/$1"),
        ("imdb", "http://www.imdb.com/find?q=$1&tt=on"),
        ("kmwiki", "https://kmwiki.wikispaces.com/$1"),
        ("linuxwiki", "http://linuxwiki.de/$1"),
        ("lojban", "https://mw.lojban.org/papri/$1"),
        ("lqwiki", "http://wiki.linuxquestions.org/wiki/$1"),
        ("meatball", "http://meatballwiki.org/wiki/$1"),
        ("memoryalpha", "http://en.memory-alpha.org/wiki/$1"),
        ("mozillawiki", "https://wiki.mozilla.org/$1"),
        ("oeis", "https://oeis.org/$1"),
        ("openwiki", "http://openwiki.com/ow.asp?$1"),
        ("pmid", "https://www.ncbi.nlm.nih.gov/pubmed/$1?dopt=Abstract"),
        ("pythoninfo", "https://wiki.python.org/moin/$1"),
        ("rfc", "https://tools.ietf.org/html/rfc$1"),
        ("s23wiki", "http://s23.org/wiki/$1"),
        ("seattlewireless", "http://seattlewireless.net/$1"),
        ("senseislibrary", "https://senseis.xmp.net/?$1"),
        ("shoutwiki", "http://www.shoutwiki.com/wiki/$1"),
        ("squeak", "http://wiki.squeak.org/squeak/$1"),
        ("tmbw", "http://www.tmbw.net/wiki/$1"),
        ("tmnet", "http://www.technomanifestos.net/?$1"),
        ("theopedia", "https://www.theopedia.com/$1"),
        ("twiki", "http://twiki.org/cgi-bin/view/$1"),
        ("uncyclopedia", "https://en.uncyclopedia.co/wiki/$1"),
        ("unreal", "https://wiki.beyondunreal.com/$1"),
        ("usemod", "http://www.usemod.com/cgi-bin/wiki.pl?$1"),
        ("wiki", "http://c2.com/cgi/wiki?$1"),
        ("wikia", "http://www.wikia.com/wiki/$1"),
        ("wikif1", "http://www.wikif1.org/$1"),
        ("wikihow", "https://www.wikihow.com/$1"),
        ("wikinfo", "http://wikinfo.co/English/index.php/$1"),
    ];
}
