using Athenaeum.Cli.Commands;

// Parses arguments and hands them to a command; each command is one class in Commands/ (STYLE.md §6).
var root = AthenaeumCommands.CreateRoot();
return await root.Parse(args).InvokeAsync();
