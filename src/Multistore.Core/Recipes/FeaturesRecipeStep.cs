using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Tenancy;

namespace Multistore.Recipes;

/// <summary><c>{ "name": "features", "enable": ["Multistore.Catalog", ...] }</c>: enables features and their dependencies.</summary>
internal sealed class FeaturesRecipeStep(FeatureSet featureSet, TenantSettings tenant, ShellDbContext db) : IRecipeStep
{
    public string Name => "features";

    public void Validate(RecipeStepContext context)
    {
        var ids = Ids(context).ToList();
        var resolution = featureSet.Resolve(ids.Select(i => i.Id), tenant.IsDefault);
        foreach (var error in resolution.Errors)
        {
            var culprit = ids.FirstOrDefault(i => error.Contains($"'{i.Id}'", StringComparison.OrdinalIgnoreCase));
            context.AddError(culprit.Id is null ? "enable" : $"enable[{culprit.Index}]", error);
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var resolution = featureSet.Resolve(Ids(context).Select(i => i.Id), tenant.IsDefault);
        var existing = await db.Features.Select(f => f.FeatureId).ToListAsync(cancellationToken);
        foreach (var id in resolution.Ids.Except(existing, StringComparer.OrdinalIgnoreCase))
        {
            db.Features.Add(new ShellFeatureRecord { FeatureId = id, EnabledUtc = DateTime.UtcNow });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The feature ids a features step asks for, for the setup that must build its shell with them.</summary>
    public static IEnumerable<string> Requested(JsonElement step) =>
        step.TryGetProperty("enable", out var enable) && enable.ValueKind == JsonValueKind.Array
            ? enable.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    private static IEnumerable<(int Index, string Id)> Ids(RecipeStepContext context)
    {
        foreach (var (index, item) in context.ReadArray(context.Step, "enable", required: true))
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                context.AddError($"enable[{index}]", "must be a feature id.");
                continue;
            }

            yield return (index, item.GetString()!);
        }
    }
}
