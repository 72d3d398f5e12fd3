using Multistore.Recipes;

namespace Multistore.Core.Tests.Recipes;

public sealed class RecipeReaderTests
{
    [Fact]
    public void ReadsNameParametersAndSteps()
    {
        var recipe = RecipeReader.Read("""
            { "name": "store", "displayName": "Store", "version": "2.0.0", "tags": ["a"],
              "parameters": [ { "name": "Culture", "default": "en-US", "required": true } ],
              "steps": [ { "name": "features", "enable": [] } ] }
            """, "store.recipe.json");

        Assert.Equal("store", recipe.Name);
        Assert.Equal("2.0.0", recipe.Version);
        Assert.Equal("en-US", recipe.Parameters.Single().Default);
        Assert.Single(recipe.Steps);
    }

    [Fact]
    public void NamesTheLineOfMalformedJson()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": } ]\n}", "broken.recipe.json"));

        Assert.Contains("broken.recipe.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsRecipeWithoutStepsOrName()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{ \"displayName\": \"x\" }", "empty.recipe.json"));

        Assert.Contains(error.Errors, e => e.Field == "name");
        Assert.Contains(error.Errors, e => e.Field == "steps");
    }

    [Fact]
    public void RejectsStepWithoutNameGivingItsIndex()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{ \"name\": \"x\", \"steps\": [ { \"name\": \"a\" }, { \"enable\": [] } ] }", "x"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(1, problem.StepIndex);
        Assert.Contains("step 1", problem.ToString(), StringComparison.Ordinal);
    }
}
