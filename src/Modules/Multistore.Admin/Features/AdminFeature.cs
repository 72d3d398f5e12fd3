namespace Multistore.Admin.Features;

/// <summary>The id of the admin's own feature.</summary>
public static class AdminFeature
{
    public const string Id = "Multistore.Admin";
}
