using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Multistore.Data;
using Multistore.Recipes;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Sets a tenant up from a recipe. Every step is validated before anything is written; if a step then
/// fails, the tenant's database is dropped and the tenant goes back to Uninitialized: no half-made store. What the
/// recipe asks for is worked out by <see cref="TenantSetupPlanner"/>; this class does the writing.
/// </summary>
internal sealed class TenantSetupService(
    TenantRegistry registry,
    TenantSetupPlanner planner,
    ShellContextFactory shells,
    TenantDatabaseProvisioner provisioner,
    TimeProvider clock,
    ILogger<TenantSetupService> logger)
{
    /// <summary>
    /// How long a setup may hold a store in Initializing. A setup runs in seconds (a large catalog in minutes); one
    /// older than this was cut off (its node died or was stopped) and may be taken over, its half-made database dropped.
    /// </summary>
    public static readonly TimeSpan SetupLease = TimeSpan.FromMinutes(30);

    public async Task<TenantSetupResult> SetupAsync(string name, Recipe recipe, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        RecipeKindRule.Check(recipe, name);
        var tenant = registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
        var abandoned = tenant.State == TenantState.Initializing && clock.GetUtcNow() - tenant.UpdatedUtc > SetupLease;
        if (tenant.State is not (TenantState.Uninitialized or TenantState.Invalid or TenantState.AwaitingSetup) && !abandoned)
        {
            throw TenantValidationException.For("state", tenant.State == TenantState.Initializing
                ? $"Tenant '{name}' is being set up since {tenant.UpdatedUtc:u}; a setup cut off that long ago may be taken over after {SetupLease.TotalMinutes:0} minutes."
                : $"Tenant '{name}' is {tenant.State}: only an uninitialized tenant can be set up.");
        }

        var (steps, chain, features, password) = await planner.PlanAsync(tenant, recipe, parameters, cancellationToken);
        await using var setupShell = shells.CreateForSetup(tenant, chain, features);
        var errors = RecipeRunner.Validate(setupShell.Services, steps);
        if (errors.Count > 0)
        {
            throw new RecipeException(errors);
        }

        progress?.Report($"Setting up '{name}' from recipe '{recipe.Name}' ({steps.Count} steps, {features.Count} features)");
        var before = tenant.State == TenantState.AwaitingSetup ? TenantState.AwaitingSetup : TenantState.Uninitialized;
        tenant = await ClaimAsync(tenant, recipe, cancellationToken);
        var connection = shells.ConnectionOf(tenant);
        if (abandoned)
        {
            // What the cut-off setup wrote is not a store: start from nothing, as a failed setup leaves it.
            logger.LogWarning("Tenant {Tenant} was left initializing by a setup that did not finish; dropping its database and setting it up again", name);
            await provisioner.DropAsync(connection, cancellationToken);
        }

        try
        {
            await TenantDatabaseProvisioner.CreateAsync(connection, cancellationToken);
            await ShellContextFactory.MigrateAsync(setupShell, cancellationToken);
            await RecipeRunner.ExecuteAsync(setupShell.Services, steps, progress, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Setup of tenant {Tenant} failed; dropping its database", name);
            await setupShell.DisposeAsync();
            await provisioner.DropAsync(connection, CancellationToken.None);
            await registry.UpdateAsync(name, t => t with { State = before }, CancellationToken.None);
            throw;
        }

        return new TenantSetupResult(await registry.UpdateAsync(name, t => t with { State = TenantState.Running }, cancellationToken), password);
    }

    /// <summary>
    /// Moves the tenant to Initializing at the version it was read at. The registry's write is conditional on that
    /// version (a concurrency token), so of two requests for the same setup, on this node or on two nodes of a farm,
    /// exactly one gets the store; the other is told so and writes nothing.
    /// </summary>
    private async Task<TenantSettings> ClaimAsync(TenantSettings tenant, Recipe recipe, CancellationToken cancellationToken)
    {
        try
        {
            return await registry.SaveAsync(tenant with { State = TenantState.Initializing, RecipeName = recipe.Name }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw TenantValidationException.For("state", $"Tenant '{tenant.Name}' is already being set up or was changed meanwhile by another request; nothing was written. Read it again before retrying.");
        }
    }
}
