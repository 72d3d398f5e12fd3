using Microsoft.EntityFrameworkCore;

namespace Multistore.Data;

/// <summary>The current tenant's database: configures a module's DbContext to use it.</summary>
public interface ITenantDatabase
{
    /// <summary>
    /// Points <paramref name="options"/> at this tenant's database, with the module's own migrations
    /// history table so modules migrate independently.
    /// </summary>
    void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable);
}
