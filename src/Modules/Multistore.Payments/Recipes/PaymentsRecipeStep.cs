using System.Text.Json;
using Multistore.Recipes;

namespace Multistore.Payments.Recipes;

/// <summary>
/// <c>{ "name": "payments", "bankTransfer": { "iban": "..." }, "stripe": { "secretKey": "${StripeSecretKey}" } }</c>:
/// each property configures one enabled payment provider.
/// </summary>
public sealed class PaymentsRecipeStep(IEnumerable<IPaymentRecipeSection> sections) : IRecipeStep
{
    public string Name => "payments";

    public void Validate(RecipeStepContext context)
    {
        var known = sections.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var property in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            if (!known.TryGetValue(property.Name, out var section))
            {
                var names = known.Count == 0 ? "none" : string.Join(", ", known.Keys.Order(StringComparer.Ordinal));
                context.AddError(property.Name, $"is not a payment provider enabled for this store (enabled: {names}); enable its feature first.");
            }
            else if (property.Value.ValueKind != JsonValueKind.Object)
            {
                context.AddError(property.Name, "must be an object of settings.");
            }
            else
            {
                section.Validate(context, property.Value, property.Name);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var known = sections.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var property in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            await known[property.Name].ExecuteAsync(context, property.Value, cancellationToken);
        }
    }
}
