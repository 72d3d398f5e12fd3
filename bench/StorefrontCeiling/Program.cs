// The ceiling for bench/storefront.sh: a bare ASP.NET Core endpoint that serves the bytes of a saved
// storefront page, so the storefront's figures can be read against what Kestrel does with no work at all.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var page = await File.ReadAllBytesAsync(app.Configuration["page"] ?? throw new InvalidOperationException("Pass --page <file>."));
app.MapGet("/", () => Results.Bytes(page, "text/html; charset=utf-8"));
await app.RunAsync();
