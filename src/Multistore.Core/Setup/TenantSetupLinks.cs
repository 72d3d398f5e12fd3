using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Multistore.Recipes;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Setup by link: the host registers a store as <see cref="TenantState.AwaitingSetup"/> without running its recipe and
/// gets a data-protected, expiring link; the store's own administrator opens it, enters an email and password, and
/// the recipe runs with them. A link works for that registration only, until it expires or the store is set up.
/// </summary>
internal sealed class TenantSetupLinks(TenantCreationService creation, TenantRegistry registry, RecipeCatalog recipes, IDataProtectionProvider dataProtection) : ITenantSetupLinks
{
    public const string EmailParameter = RecipeParameters.AdminEmail;
    public const string PasswordParameter = RecipeParameters.AdminPassword;
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Multistore.Tenants.SetupLink");

    public async Task<SetupLink> CreateAsync(TenantRequest request, IReadOnlyDictionary<string, string> parameters, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var recipe = RecipeFor(request.RecipeName);
        CheckLifetime(lifetime);
        await creation.CreateAsync(request with { RecipeName = recipe.Name }, cancellationToken);
        var tenant = await registry.UpdateAsync(request.Name, t => t with { State = TenantState.AwaitingSetup }, cancellationToken);
        return Issue(tenant, recipe.Name, parameters, lifetime);
    }

    /// <summary>A new link for a store still awaiting setup (the old one expired or was lost); the parameters are given again.</summary>
    public SetupLink Reissue(string name, IReadOnlyDictionary<string, string> parameters, TimeSpan lifetime)
    {
        var tenant = registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
        if (tenant.State != TenantState.AwaitingSetup)
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; only a store awaiting setup gets a setup link.");
        }

        CheckLifetime(lifetime);
        return Issue(tenant, RecipeFor(tenant.RecipeName).Name, parameters, lifetime);
    }

    /// <summary>The ticket of a link opened on <paramref name="tenant"/>, or a clear refusal: not a link, another store's, expired, used.</summary>
    public SetupLinkTicket Open(TenantSettings tenant, string? token)
    {
        SetupLinkTicket? ticket = null;
        try
        {
            ticket = string.IsNullOrWhiteSpace(token) ? null : JsonSerializer.Deserialize<SetupLinkTicket>(_protector.Unprotect(token));
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            // Falls through to "not a setup link".
        }

        if (ticket is null || !string.Equals(ticket.Tenant, tenant.Name, StringComparison.OrdinalIgnoreCase) || ticket.CreatedTicks != tenant.CreatedUtc.UtcTicks)
        {
            throw TenantValidationException.For("token", "This is not a valid setup link for this store. Ask the operator who created the store for a new one.");
        }

        if (tenant.State is TenantState.Running or TenantState.Disabled or TenantState.Initializing)
        {
            throw TenantValidationException.For("token", "This setup link has been used: the store is set up. Sign in at /admin.");
        }

        if (ticket.ExpiresUtc <= DateTimeOffset.UtcNow)
        {
            throw TenantValidationException.For("token", $"This setup link expired on {ticket.ExpiresUtc:yyyy-MM-dd HH:mm} UTC. Ask the operator who created the store for a new one.");
        }

        return ticket;
    }

    /// <summary>Runs the store's recipe with the administrator the link's holder chose.</summary>
    public async Task<TenantSettings> CompleteAsync(TenantSettings tenant, string? token, string? email, string? password, CancellationToken cancellationToken)
    {
        var ticket = Open(tenant, token);
        var errors = new ValidationErrors();
        errors.Add("email", string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) ? "Enter the administrator's email address." : null);
        errors.Add("password", string.IsNullOrEmpty(password) ? "Choose a password." : null);
        errors.ThrowIfAny();
        var parameters = new Dictionary<string, string>(ticket.Parameters, StringComparer.OrdinalIgnoreCase)
        {
            [EmailParameter] = email!.Trim(),
            [PasswordParameter] = password!,
        };
        return (await creation.SetupAsync(tenant.Name, ticket.Recipe, parameters, null, cancellationToken)).Tenant;
    }

    private SetupLink Issue(TenantSettings tenant, string recipe, IReadOnlyDictionary<string, string> parameters, TimeSpan lifetime)
    {
        var expires = DateTimeOffset.UtcNow.Add(lifetime);
        var clean = parameters.Where(p => !string.Equals(p.Key, EmailParameter, StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Key, PasswordParameter, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var ticket = new SetupLinkTicket(tenant.Name, tenant.CreatedUtc.UtcTicks, recipe, clean, expires);
        return new SetupLink(tenant, _protector.Protect(JsonSerializer.Serialize(ticket)), expires);
    }

    private Recipe RecipeFor(string? name)
    {
        var recipe = recipes.Get(name ?? throw TenantValidationException.For("recipe", "A setup link needs the recipe the store will be set up from."));
        RecipeKindRule.Check(recipe, "");
        var names = recipe.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains(EmailParameter) && names.Contains(PasswordParameter) ? recipe
            : throw TenantValidationException.For("recipe", $"Recipe '{recipe.Name}' has no {EmailParameter} and {PasswordParameter} parameters, so a setup link cannot create the store's administrator.");
    }

    private static void CheckLifetime(TimeSpan lifetime)
    {
        if (lifetime > MaxLifetime)
        {
            throw TenantValidationException.For("setupLinkHours", $"A setup link lives at most {MaxLifetime.TotalHours:F0} hours.");
        }
    }
}
