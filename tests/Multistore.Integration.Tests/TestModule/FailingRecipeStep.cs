using Multistore.Recipes;

namespace Multistore.Integration.Tests.TestModule;

/// <summary><c>{ "name": "fail" }</c>: valid input that fails when it runs, as a database or network error would.</summary>
public sealed class FailingRecipeStep : IRecipeStep
{
    public string Name => "fail";

    public void Validate(RecipeStepContext context)
    {
    }

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the payment gateway did not answer");
}
