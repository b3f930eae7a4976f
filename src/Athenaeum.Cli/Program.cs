using System.CommandLine;
using Athenaeum.Cli.Commands;
using Athenaeum.Cli.Output;

// Parses arguments and hands them to a command; each command is one class in Commands/ (STYLE.md §6).
using var signals = new TerminationSignals();
var root = AthenaeumCommands.CreateRoot();
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, signals.Token);
