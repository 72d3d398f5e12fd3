using System.Globalization;
using Multistore.Catalog.Bench;

// dotnet run -c Release --project bench/Multistore.Catalog.Bench -- [products=100000] [importRows=2000]
var products = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var importRows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
var folder = Path.Combine(Path.GetTempPath(), "multistore-catalog-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
    SearchBenchmark.Run(products, Path.Combine(folder, "index"));
    await ImportBenchmark.RunAsync(importRows, folder);
}
finally
{
    Directory.Delete(folder, recursive: true);
}
