using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Recipes;

public static class RecipeServiceCollectionExtensions
{
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStep
        => services.AddScoped<IRecipeStep, TStep>();
}
