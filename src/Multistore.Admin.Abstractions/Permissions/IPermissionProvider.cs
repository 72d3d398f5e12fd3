namespace Multistore.Admin.Permissions;

/// <summary>The permissions a module contributes; register with <c>services.AddPermissions&lt;T&gt;()</c>.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> Permissions { get; }
}
