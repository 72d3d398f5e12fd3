using Microsoft.AspNetCore.Connections;
using Multistore.Hosting;
using Multistore.Tenants.CommandLine;

if (TenantsCommandLine.Handles(args)) { return await TenantsCommandLine.RunAsync(args); }

var builder = WebApplication.CreateBuilder(args);
builder.AddMultistore();

var app = builder.Build();
app.UseMultistore();
try
{
    await app.RunAsync();
}
catch (IOException exception) when (exception.InnerException is AddressInUseException)
{
    Console.Error.WriteLine($"Multistore cannot listen: {exception.Message}");
    Console.Error.WriteLine("Another program holds that port. Choose another address, for example:");
    Console.Error.WriteLine("  dotnet run --project src/Multistore.Web --urls http://localhost:5080");
    Console.Error.WriteLine("(or set ASPNETCORE_URLS). Store addresses then use that port: http://nordic-se.localhost:5080/");
    return 1;
}

return 0;

/// <summary>The host; public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
