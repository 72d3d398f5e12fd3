using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>The one place the command line shows a store administrator's generated password.</summary>
internal static class GeneratedPassword
{
    public static async Task WriteAsync(TextWriter output, string? password)
    {
        if (password is not null)
        {
            await output.WriteLineAsync($"No {RecipeParameters.AdminPassword} was given: the administrator's password is {password} (shown this once; change it after signing in).");
        }
    }
}
