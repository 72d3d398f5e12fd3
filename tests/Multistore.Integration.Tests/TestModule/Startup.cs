using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Recipes;

namespace Multistore.Integration.Tests.TestModule;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddRecipeStep<FailingRecipeStep>();
}
