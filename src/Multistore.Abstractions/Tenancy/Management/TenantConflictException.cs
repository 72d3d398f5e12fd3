namespace Multistore.Tenancy.Management;

/// <summary>A create request for a name that exists with other settings: the caller must pick another name or edit.</summary>
public sealed class TenantConflictException(string name)
    : Exception($"A tenant named '{name}' already exists with other settings.")
{
    public string Name { get; } = name;
}
