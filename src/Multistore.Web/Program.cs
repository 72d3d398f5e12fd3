using Multistore.Hosting;
using Multistore.Tenants.CommandLine;

if (TenantsCommandLine.Handles(args)) { return await TenantsCommandLine.RunAsync(args); }

var builder = WebApplication.CreateBuilder(args);
builder.AddMultistore();

var app = builder.Build();
app.UseMultistore();
app.Run();
return 0;

/// <summary>The host; public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
