using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Multistore.Users.Domain;

namespace Multistore.Users;

/// <summary>The Identity tables of the tenant (users, roles, logins, tokens) and the permissions of each role.</summary>
internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();

    public DbSet<OfferedRoleDefault> OfferedRoleDefaults => Set<OfferedRoleDefault>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var permission = builder.Entity<RolePermission>();
        permission.ToTable("RolePermissions");
        permission.HasKey(p => new { p.RoleId, p.Permission });
        permission.Property(p => p.Permission).HasMaxLength(100);
        permission.HasOne<IdentityRole>().WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);

        var offered = builder.Entity<OfferedRoleDefault>();
        offered.ToTable("OfferedRoleDefaults");
        offered.HasKey(p => new { p.RoleId, p.Permission });
        offered.Property(p => p.Permission).HasMaxLength(100);
        offered.HasOne<IdentityRole>().WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
