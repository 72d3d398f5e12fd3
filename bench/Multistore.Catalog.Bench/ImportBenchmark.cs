using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Import;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Events;
using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Catalog.Bench;

/// <summary>Imports a CSV of N products (with variants, some bad rows) into a fresh SQLite catalog database.</summary>
public static class ImportBenchmark
{
    public static async Task RunAsync(int count, string folder)
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "catalog.db")}", sqlite => sqlite.MigrationsHistoryTable("__catalog_migrations"))
            .Options;
        await using (var setup = new CatalogDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var csv = new StringBuilder("sku,status,attributes,options,variants,name:en-US,description:en-US\n");
        for (var i = 0; i < count; i++)
        {
            var sku = i % 50 == 49 ? "BAD SKU" : $"IMP-{i:D6}";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{sku},Active,material=wool,size,{sku}-S=S;{sku}-M=M;{sku}-L=L,Imported product {i},\"<p>Imported, row {i}</p>\"\n");
        }

        await using var db = new CatalogDbContext(options);
        var files = new ProductImageFiles(new AppDataPaths(folder, folder, folder), new TenantSettings { Name = "bench" });
        var importer = new CatalogImporter(new ProductWriter(db, new CatalogChangeLog(db, new NoEvents()), new DescriptionSanitizer(), new ProductImageImport(db, files)), db);
        var progress = new ImportProgress();
        var watch = Stopwatch.StartNew();
        await importer.ImportCsvAsync(new StringReader(csv.ToString()), progress, CancellationToken.None);
        watch.Stop();
        Console.WriteLine($"Import (SQLite, CSV, 3 variants each): {progress.Total:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s = {progress.Total / watch.Elapsed.TotalSeconds:N0} rows/s; {progress.Saved:N0} saved, {progress.Errors.Count:N0} row errors reported");
    }

    private sealed class NoEvents : IEventPublisher
    {
        public Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default) where TEvent : notnull => Task.CompletedTask;
    }
}
