using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Import;
using Multistore.Catalog.Services;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Catalog;

public sealed class CatalogImportTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task CsvImportSavesGoodRowsAndReportsEachBadRow()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        const string csv = """
            sku,status,categories,attributes,options,variants,name:de-DE,description:de-DE,name:en-US
            MUG,Active,clothing,material=Keramik,,,Becher,"<p>Ein Becher, groß</p>",Mug
            BAD ONE,Active,,,,,Kaputt,,
            SHIRT,Active,nowhere,,,,Hemd,,Shirt
            TEE,Active,clothing,,size,TEE-S=S;TEE-M=M,T-Shirt,,Tee
            NONAME,Active,,,,,,,
            """;

        var progress = new ImportProgress();
        await tenant.RunAsync(async s =>
        {
            await s.GetRequiredService<CatalogImporter>().ImportCsvAsync(new StringReader(csv), progress, CancellationToken.None);
            return 0;
        });
        var skus = await tenant.RunAsync(s => s.GetRequiredService<IProductCatalog>().FindSkusAsync(["MUG", "TEE-M", "SHIRT", "NONAME"], "de-DE", CancellationToken.None));

        Assert.True(progress.Completed);
        Assert.Equal(5, progress.Total);
        Assert.Equal(5, progress.Processed);
        Assert.Equal(2, progress.Saved);
        Assert.Contains(progress.Errors, e => e.Row == 2 && e.Field == "sku");
        Assert.Contains(progress.Errors, e => e.Row == 3 && e.Field == "categories[0]");
        Assert.Contains(progress.Errors, e => e.Row == 5 && e.Field.StartsWith("translations", StringComparison.Ordinal));
        Assert.Equal(["MUG", "TEE-M"], skus.Keys.Order());
    }

    [Fact]
    public async Task JsonExportImportsIntoAnotherStoreAndReportsAClashingSlug()
    {
        var source = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var target = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German.Replace("\"BOOT\"", "\"BOOTX\"", StringComparison.Ordinal).Replace("BOOT-4", "BOOTX-4", StringComparison.Ordinal).Replace("Wanderstiefel", "Anderer Stiefel", StringComparison.Ordinal));

        var json = await source.RunAsync(async s =>
        {
            using var stream = new MemoryStream();
            await s.GetRequiredService<CatalogExporter>().WriteJsonAsync(stream, CancellationToken.None);
            return stream.ToArray();
        });
        var progress = new ImportProgress();
        await target.RunAsync(async s =>
        {
            await s.GetRequiredService<CatalogImporter>().ImportJsonAsync(new MemoryStream(json), progress, CancellationToken.None);
            return 0;
        });

        Assert.Contains("\"BOOT-42\"", Encoding.UTF8.GetString(json));
        Assert.Equal(4, progress.Total);
        Assert.Equal(3, progress.Saved);
        var clash = Assert.Single(progress.Errors);
        Assert.Equal(("BOOT", "translations.en-US.slug"), (clash.Sku, clash.Field));
    }
}
