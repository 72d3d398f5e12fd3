using System.CommandLine;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary><c>--param Culture=fi-FI --param Currency=EUR</c>: recipe parameters.</summary>
internal static class ParameterOptions
{
    public static Option<string[]> Create() => new("--param") { Description = "Recipe parameter as Name=Value (repeatable)." };

    public static Dictionary<string, string> Read(ParseResult parse, Option<string[]> option)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in parse.GetValue(option) ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw TenantValidationException.For("param", $"'{pair}' is not Name=Value.");
            }

            values[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return values;
    }
}
