using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Tenancy;

namespace Multistore.Admin.Security;

/// <summary>
/// The antiforgery cookie of a tenant: a name of its own, HttpOnly, sent only with requests from the tenant's own
/// site (SameSite=Strict), Secure on https. Its path is left to the antiforgery store, which sets the request's
/// path base: the tenant's URL prefix, if it was reached under one.
/// </summary>
public sealed class AdminAntiforgeryOptions(TenantSettings tenant) : IConfigureOptions<AntiforgeryOptions>
{
    public void Configure(AntiforgeryOptions options)
    {
        options.Cookie.Name = $".Multistore.{tenant.Name}.Antiforgery";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }
}
