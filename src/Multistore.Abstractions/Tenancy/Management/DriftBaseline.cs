namespace Multistore.Tenancy.Management;

/// <summary>What a store is compared with: its brand template chain, or the recipe it was made from.</summary>
public enum DriftBaseline
{
    Template,
    Recipe,
}
