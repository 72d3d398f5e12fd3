using System.Security.Cryptography;
using Multistore.Recipes;

namespace Multistore.Setup;

/// <summary>
/// A store set up without an <c>AdminPassword</c> gets a generated one, shown once to whoever created it (API answer,
/// command-line output, admin page, start-up log): recipes publish no default password (issue 14: every store made as
/// the docs showed had the SaaS host's own password). The demo password lives only in appsettings.Development.json.
/// </summary>
internal static class StoreAdminPassword
{
    public const string Parameter = RecipeParameters.AdminPassword;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Adds a generated password when the recipe asks for one, gives it no default and the caller gave none; returns it, or null.</summary>
    public static string? Supply(IEnumerable<RecipeParameter> declared, IDictionary<string, string> parameters)
    {
        var asked = declared.Where(p => string.Equals(p.Name, Parameter, StringComparison.OrdinalIgnoreCase)).ToList();
        if (asked.Count == 0 || asked.Any(p => p.Default is not null)
            || (parameters.TryGetValue(Parameter, out var given) && !string.IsNullOrEmpty(given)))
        {
            return null;
        }

        var password = Generate();
        parameters[Parameter] = password;
        return password;
    }

    /// <summary>Four groups of five letters and digits (about 117 bits), with an upper, a lower case letter and a digit.</summary>
    public static string Generate()
    {
        while (true)
        {
            var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5));
            var password = string.Join('-', groups);
            if (password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }
}
