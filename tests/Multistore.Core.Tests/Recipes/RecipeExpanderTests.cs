using Multistore.Hosting;
using Multistore.Recipes;

namespace Multistore.Core.Tests.Recipes;

public sealed class RecipeExpanderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("recipes").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private RecipeExpander Expander(params (string Name, string Json)[] files)
    {
        foreach (var (name, json) in files)
        {
            File.WriteAllText(Path.Combine(_folder, $"{name}.recipe.json"), json);
        }

        return new RecipeExpander(new RecipeCatalog(new AppDataPaths(_folder, _folder, _folder)));
    }

    [Fact]
    public void FillsParametersInValuesAndPropertyNames()
    {
        var recipe = RecipeReader.Read("""
            { "name": "r", "parameters": [ { "name": "Culture", "default": "en-US" }, { "name": "Site" } ],
              "steps": [ { "name": "catalog", "title": "Welcome to ${Site}!", "texts": { "${Culture}": "x" } } ] }
            """, "r");

        var step = Assert.Single(Expander().Expand(recipe, new Dictionary<string, string> { ["Site"] = "Nordic", ["Culture"] = "sv-SE" }));

        Assert.Equal("Welcome to Nordic!", step.Step.GetProperty("title").GetString());
        Assert.True(step.Step.GetProperty("texts").TryGetProperty("sv-SE", out _));
    }

    [Fact]
    public void InlinesIncludedRecipesWithTheIncludingRecipesDefaults()
    {
        var expander = Expander(("base", """
            { "name": "base", "parameters": [ { "name": "Currency", "default": "USD" } ],
              "steps": [ { "name": "settings", "Site": { "Currency": "${Currency}" } } ] }
            """));
        var recipe = RecipeReader.Read("""
            { "name": "region", "parameters": [ { "name": "Currency", "default": "SEK" } ],
              "steps": [ { "name": "recipes", "values": [ { "name": "base" } ] }, { "name": "themes", "site": "Nordic" } ] }
            """, "region");

        var steps = expander.Expand(recipe, new Dictionary<string, string>());

        Assert.Equal(["settings", "themes"], steps.Select(s => s.Name));
        Assert.Equal("SEK", steps[0].Step.GetProperty("Site").GetProperty("Currency").GetString());
        Assert.Equal("base", steps[0].RecipeName);
    }

    [Fact]
    public void RejectsMissingRequiredParameter()
    {
        var recipe = RecipeReader.Read("""{ "name": "r", "parameters": [ { "name": "AdminEmail", "required": true } ], "steps": [] }""", "r");

        var error = Assert.Throws<RecipeException>(() => Expander().Expand(recipe, new Dictionary<string, string>()));

        Assert.Contains(error.Errors, e => e.Field == "parameters.AdminEmail");
    }

    [Fact]
    public void RejectsParameterTheRecipeDoesNotTake()
    {
        var recipe = RecipeReader.Read("""{ "name": "r", "parameters": [ { "name": "Culture", "default": "en-US" } ], "steps": [] }""", "r");

        var error = Assert.Throws<RecipeException>(() => Expander().Expand(recipe, new Dictionary<string, string> { ["Culturre"] = "x" }));

        Assert.Contains("Culturre", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsUnknownPlaceholderNamingStepAndField()
    {
        var recipe = RecipeReader.Read("""{ "name": "r", "steps": [ { "name": "a" }, { "name": "b", "x": { "y": "${Nope}" } } ] }""", "r");

        var error = Assert.Throws<RecipeException>(() => Expander().Expand(recipe, new Dictionary<string, string>()));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(1, problem.StepIndex);
        Assert.Equal("x.y", problem.Field);
    }

    [Fact]
    public void RejectsIncludeCycles()
    {
        var expander = Expander(
            ("a", """{ "name": "a", "steps": [ { "name": "recipes", "values": [ { "name": "b" } ] } ] }"""),
            ("b", """{ "name": "b", "steps": [ { "name": "recipes", "values": [ { "name": "a" } ] } ] }"""));

        var error = Assert.Throws<RecipeException>(() => expander.Expand(RecipeReader.Read(File.ReadAllText(Path.Combine(_folder, "a.recipe.json")), "a"), new Dictionary<string, string>()));

        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsIncludeOfMissingRecipe()
    {
        var recipe = RecipeReader.Read("""{ "name": "r", "steps": [ { "name": "recipes", "values": [ { "name": "ghost" } ] } ] }""", "r");

        var error = Assert.Throws<RecipeException>(() => Expander().Expand(recipe, new Dictionary<string, string>()));

        Assert.Contains(error.Errors, e => e.Field == "values[0].name" && e.Message.Contains("ghost", StringComparison.Ordinal));
    }
}
