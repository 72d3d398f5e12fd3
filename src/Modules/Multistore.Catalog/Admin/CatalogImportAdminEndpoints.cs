using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Catalog.Import;
using Multistore.Http;

namespace Multistore.Catalog.Admin;

/// <summary>
/// Import (CSV or JSON upload, run in the background, progress and per-row errors on its own page) and export.
/// </summary>
public static class CatalogImportAdminEndpoints
{
    public static IEndpointRouteBuilder MapCatalogImportAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<CatalogImportPage>("catalog/import", CatalogPermissions.ManageCatalog).WithName("AdminCatalogImport");
        endpoints.MapAdminPage<CatalogImportPage>("catalog/import/{job:guid}", CatalogPermissions.ManageCatalog).WithName("AdminCatalogImportJob");
        endpoints.MapGet(AdminEndpointRouteBuilderExtensions.Under("catalog/import/{job:guid}/status"), Status)
            .RequireAuthorization(CatalogPermissions.ManageCatalog.PolicyName).WithName("AdminCatalogImportStatus").ExcludeFromDescription();
        endpoints.MapAdminPost("catalog/import", StartAsync, CatalogPermissions.ManageCatalog).WithBodyCap(RequestBodyCap.Upload).WithName("AdminCatalogImportStart");
        endpoints.MapAdminPost("catalog/export/{format}", ExportAsync, CatalogPermissions.ManageCatalog).WithName("AdminCatalogExport");
        return endpoints;
    }

    /// <summary>The progress bar's poll: rows done of the total, saved and failed, and whether the import finished.</summary>
    private static Results<Ok<ImportStatus>, NotFound> Status(Guid job, ImportJobs jobs) => jobs.Find(job) is { } progress
        ? TypedResults.Ok(new ImportStatus(progress.Processed, progress.Total, progress.Saved, progress.Processed - progress.Saved, progress.Completed, progress.Failure))
        : TypedResults.NotFound();

    private static async Task<Results<RazorComponentResult<CatalogImportPage>, RedirectHttpResult>> StartAsync(IFormFile? file, HttpContext context, ImportJobs jobs, IServiceScopeFactory scopes, ILogger<CatalogImporter> logger, IStringLocalizer<AdminText> t)
    {
        if (file is null || file.Length == 0)
        {
            return AdminResults.Page<CatalogImportPage>(new { Error = t["Choose a CSV or JSON file to import."].Value });
        }

        var isJson = file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        var content = buffer.ToArray();
        var progress = jobs.Start();
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<CatalogImporter>();
                if (isJson)
                {
                    await importer.ImportJsonAsync(new MemoryStream(content), progress, CancellationToken.None);
                }
                else
                {
                    await importer.ImportCsvAsync(new StringReader(Encoding.UTF8.GetString(content)), progress, CancellationToken.None);
                }
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Catalog import {Job} failed", progress.Id);
                progress.Complete(exception.Message);
            }
        });
        return AdminResults.Redirect(context, $"catalog/import/{progress.Id}", t["Import started."]);
    }

    private static async Task ExportAsync(string format, HttpContext context, CatalogExporter exporter)
    {
        var json = string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
        context.Response.ContentType = json ? "application/json" : "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"catalog.{(json ? "json" : "csv")}\"";
        if (json)
        {
            await exporter.WriteJsonAsync(context.Response.Body, context.RequestAborted);
            return;
        }

        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await exporter.WriteCsvAsync(writer, context.RequestAborted);
    }
}
