using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// The special pages of a MediaWiki 1.39 wiki with Wikipedia's extensions (the oracle wikis' list)
/// and their English aliases, for <c>{{#special:}}</c> and <c>{{#ifexist:Special:…}}</c>.
/// Localized aliases (German "Letzte_Änderungen" …) are not included: the first English alias is
/// each page's name, as on English and Fante wikis.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SpecialPages
{
    // Canonical name = aliases, the first alias being the name shown (MessagesEn.php's specialPageAliases).
    private const string Data = "Activeusers=ActiveUsers;AllMyUploads=AllMyUploads,AllMyFiles;Allmessages=AllMessages;Allpages=AllPages;Ancientpages=AncientPages;ApiHelp=ApiHelp;ApiSandbox=ApiSandbox;AutoblockList=AutoblockList,ListAutoblocks;Blankpage=BlankPage;Block=Block,BlockIP,BlockUser;BlockList=BlockList,ListBlocks,IPBlockList;Booksources=BookSources;BotPasswords=BotPasswords;BrokenRedirects=BrokenRedirects;Categories=Categories;CategoryTree=CategoryTree;ChangeContentModel=ChangeContentModel;ChangeCredentials=ChangeCredentials;ChangeEmail=ChangeEmail;ChangePassword=ChangePassword,ResetPass,ResetPassword;ComparePages=ComparePages;Confirmemail=ConfirmEmail;Contributions=Contributions,Contribs;CreateAccount=CreateAccount;Deadendpages=DeadendPages;DeletePage=DeletePage,Delete;DeletedContributions=DeletedContributions;Diff=Diff;DoubleRedirects=DoubleRedirects;EditPage=EditPage,Edit;EditTags=EditTags;EditWatchlist=EditWatchlist;Emailuser=EmailUser,Email;ExpandTemplates=ExpandTemplates;Export=Export;Fewestrevisions=FewestRevisions;FileDuplicateSearch=FileDuplicateSearch;Filepath=FilePath;GoToInterwiki=GoToInterwiki;Import=Import;Invalidateemail=InvalidateEmail;LinkAccounts=LinkAccounts;LinkSearch=LinkSearch;ListDuplicatedFiles=ListDuplicatedFiles,ListFileDuplicates;Listadmins=ListAdmins;Listbots=ListBots;Listfiles=ListFiles,FileList,ImageList;Listgrants=ListGrants;Listgrouprights=ListGroupRights,UserGroupRights;Listredirects=ListRedirects;Listusers=ListUsers,UserList,Users;Lockdb=LockDB;Log=Log,Logs;Lonelypages=LonelyPages,OrphanedPages;Longpages=LongPages;MIMEsearch=MIMESearch;MediaStatistics=MediaStatistics;MergeHistory=MergeHistory;Mostcategories=MostCategories;Mostimages=MostLinkedFiles,MostFiles,MostImages;Mostinterwikis=MostInterwikis;Mostlinked=MostLinkedPages,MostLinked;Mostlinkedcategories=MostLinkedCategories,MostUsedCategories;Mostlinkedtemplates=MostTranscludedPages,MostLinkedTemplates,MostUsedTemplates;Mostrevisions=MostRevisions;Movepage=MovePage;MyLanguage=MyLanguage;Mycontributions=MyContributions,MyContribs;Mypage=MyPage;Mytalk=MyTalk;Myuploads=MyUploads,MyFiles;NewSection=NewSection,Newsection;Newimages=NewFiles,NewImages;Newpages=NewPages;PageData=PageData;PageHistory=PageHistory,History;PageInfo=PageInfo,Info;PagesWithProp=PagesWithProp,Pageswithprop,PagesByProp,Pagesbyprop;PasswordPolicies=PasswordPolicies;PasswordReset=PasswordReset;PermanentLink=PermanentLink,PermaLink;Preferences=Preferences;Prefixindex=PrefixIndex;ProtectPage=ProtectPage,Protect;Protectedpages=ProtectedPages;Protectedtitles=ProtectedTitles;Purge=Purge;RandomInCategory=RandomInCategory;Randompage=Random,RandomPage;Randomredirect=RandomRedirect;Randomrootpage=RandomRootpage;Recentchanges=RecentChanges;Recentchangeslinked=RecentChangesLinked,RelatedChanges;Redirect=Redirect;RemoveCredentials=RemoveCredentials;ResetTokens=ResetTokens;Revisiondelete=RevisionDelete;RunJobs=RunJobs;Search=Search;Shortpages=ShortPages;Specialpages=SpecialPages;Statistics=Statistics,Stats;Tags=Tags;TrackingCategories=TrackingCategories;Unblock=Unblock;Uncategorizedcategories=UncategorizedCategories;Uncategorizedimages=UncategorizedFiles,UncategorizedImages;Uncategorizedpages=UncategorizedPages;Uncategorizedtemplates=UncategorizedTemplates;Undelete=Undelete;UnlinkAccounts=UnlinkAccounts;Unlockdb=UnlockDB;Unusedcategories=UnusedCategories;Unusedimages=UnusedFiles,UnusedImages;Unusedtemplates=UnusedTemplates;Unwatchedpages=UnwatchedPages;Upload=Upload;UploadStash=UploadStash;Userlogin=UserLogin,Login;Userlogout=UserLogout,Logout;Userrights=UserRights,MakeSysop,MakeBot;Version=Version;Wantedcategories=WantedCategories;Wantedfiles=WantedFiles;Wantedpages=WantedPages,BrokenLinks;Wantedtemplates=WantedTemplates;Watchlist=Watchlist;Whatlinkshere=WhatLinksHere;Withoutinterwiki=WithoutInterwiki;";

    private static readonly FrozenDictionary<string, string> AliasToName;
    private static readonly FrozenDictionary<string, string> LocalNames;

#pragma warning disable CA1810 // Both tables come from one pass over the data.
    static SpecialPages()
#pragma warning restore CA1810
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var local = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Data.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var name = entry[..eq];
            var names = entry[(eq + 1)..].Split(',');
            local[name] = names[0];
            aliases.TryAdd(Fold(name), name);
            foreach (var alias in names)
            {
                aliases[Fold(alias)] = name;
            }
        }

        AliasToName = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        LocalNames = local.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Resolves "Recentchanges/5" to the special page and its subpage, as SpecialPageFactory::resolveAlias.</summary>
    /// <param name="text">The text after "Special:".</param>
    /// <param name="name">The canonical name ("Recentchanges").</param>
    /// <param name="subpage">The part after the first "/", or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the page exists.</returns>
    public static bool TryResolve(string text, out string name, out string? subpage)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var page = slash < 0 ? text : text[..slash];
        subpage = slash < 0 ? null : text[(slash + 1)..];
        if (AliasToName.TryGetValue(Fold(page), out var found))
        {
            name = found;
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>Gets the name a special page is shown with ("RecentChanges"), with its subpage.</summary>
    /// <param name="name">The canonical name.</param>
    /// <param name="subpage">The subpage, or <see langword="null"/>.</param>
    /// <returns>The title text after the namespace.</returns>
    public static string LocalName(string name, string? subpage)
        => LocalNames.GetValueOrDefault(name, name) + (subpage is null ? string.Empty : "/" + subpage);

    // Language::caseFold (lowercase) with spaces as underscores.
    private static string Fold(string alias) => Globalization.Language.English.Lc(alias).Replace(' ', '_');
}
