using System.CommandLine;

var root = new RootCommand("Athenaeum: a self-hosted encyclopedia server for MediaWiki XML dumps.");
return root.Parse(args).Invoke();
