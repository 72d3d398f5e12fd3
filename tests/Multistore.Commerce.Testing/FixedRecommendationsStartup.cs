using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Settings;

namespace Multistore.Commerce.Testing;

[FeatureStartup("Multistore.Testing.Recommendations")]
public sealed class FixedRecommendationsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<FixedRecommendationSettings>("TestRecommendations");
        services.AddScoped<IProductRecommendations, FixedRecommendations>();
    }
}
