using System.Text.Json;
using Multistore.Recipes;

namespace Multistore.Payments.Recipes;

/// <summary>
/// One provider's part of the <c>payments</c> recipe step (<c>"stripe": { ... }</c>). Each provider feature
/// registers its own, so the step knows only the providers the tenant has enabled.
/// </summary>
public interface IPaymentRecipeSection
{
    /// <summary>The property name in the step: "bankTransfer", "cashOnDelivery", "invoice", "stripe".</summary>
    string Name { get; }

    void Validate(RecipeStepContext context, JsonElement section, string path);

    Task ExecuteAsync(RecipeStepContext context, JsonElement section, CancellationToken cancellationToken);
}
