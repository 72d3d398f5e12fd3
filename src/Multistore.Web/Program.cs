using Multistore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMultistore();

var app = builder.Build();
app.UseMultistore();
app.Run();

/// <summary>The host; public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
