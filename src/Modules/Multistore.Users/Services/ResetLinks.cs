using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multistore.Tenancy.Management;
using Multistore.Tenancy;

namespace Multistore.Users.Services;

/// <summary>
/// Password-reset links on the store's own configured address (its first host and URL prefix, or
/// <c>Multistore:StoreLinks:Host</c> for a store without one), so a forged Host header cannot send the token elsewhere.
/// The host names are read from the registry, not the shell's copy: a store adopts a change of host names without a rebuild.
/// </summary>
public sealed class ResetLinks(TenantSettings tenant, ITenantCatalog registry, IOptions<StoreLinksOptions> options, ILogger<ResetLinks> logger)
{
    /// <summary>The link to <paramref name="path"/> carrying the address and token, or null (logged) when the store has no address to link to.</summary>
    public string? To(string path, string email, string token)
    {
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = options.Value.LinkTo(registry.Find(tenant.Name) ?? tenant, $"{path}?email={Uri.EscapeDataString(email)}&token={encoded}");
        if (link is null)
        {
            logger.LogError("No reset link can be sent for {Tenant}: it has no host of its own; set {Section}:Host", tenant.Name, StoreLinksOptions.SectionName);
        }

        return link?.AbsoluteUri;
    }
}
