using Athenaeum.Web.Endpoints;
using Athenaeum.Web.Hosting;

// The reader's site. Settings: the "Athenaeum" configuration section (docs/web.md); the library file
// is Athenaeum:Library (default ./data/library.db). 'athenaeum serve' hosts the same app.
var builder = WebApplication.CreateBuilder(args);
builder.AddAthenaeumServices();
var app = builder.Build();
app.MapAthenaeumEndpoints();
app.Run();

/// <summary>The web application's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
