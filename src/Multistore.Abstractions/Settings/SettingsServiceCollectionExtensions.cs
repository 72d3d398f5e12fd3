using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Multistore.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>Binds <c>IOptions&lt;T&gt;</c> to a settings group of the tenant.</summary>
    public static IServiceCollection AddTenantSettings<T>(this IServiceCollection services, string group)
        where T : class, new()
    {
        services.AddSingleton<IConfigureOptions<T>>(sp =>
            new ConfigureOptions<T>(options => Copy(sp.GetRequiredService<ISiteSettingsStore>().Get<T>(group), options)));
        return services;
    }

    private static void Copy<T>(T from, T to)
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanRead && p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }
}
