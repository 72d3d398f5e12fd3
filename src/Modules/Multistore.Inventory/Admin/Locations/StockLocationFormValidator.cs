using System.Globalization;
using System.Text.RegularExpressions;
using Multistore.Admin.Routing;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Admin.Locations;

/// <summary>
/// Checks a posted location and names the form's fields. A kind is one of the names (never a number a forged form sends:
/// Enum.TryParse would take "7"); codes are lower-case letters, digits and dashes, as recipes and stock levels use them.
/// </summary>
internal static partial class StockLocationFormValidator
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxPriority = 9999;

    public static (StockLocation Location, FormErrors Errors) Validate(StockLocationForm form, string code)
    {
        var errors = new FormErrors();
        if (code.Length == 0)
        {
            errors.Add(nameof(form.Code), "Enter a code for the location, e.g. main or berlin.");
        }
        else if (code.Length > MaxCodeLength || !CodePattern().IsMatch(code) || code == "new")
        {
            errors.Add(nameof(form.Code), "The code can have lower-case letters, digits and dashes only (at most 64).");
        }

        var name = form.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(form.Name), "Enter the location's name.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(form.Name), "The name can be at most 200 characters.");
        }

        var kind = Enum.GetValues<StockLocationKind>().Cast<StockLocationKind?>()
            .FirstOrDefault(k => string.Equals(k.ToString(), form.Kind?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            errors.Add(nameof(form.Kind), "Choose the kind of location: warehouse or retail store.");
        }

        var priority = 0;
        if (!string.IsNullOrWhiteSpace(form.Priority)
            && (!int.TryParse(form.Priority.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out priority) || priority > MaxPriority))
        {
            errors.Add(nameof(form.Priority), "Enter the priority as a whole number from 0 to 9999 (lower is reserved from first).");
        }

        return (new StockLocation { Code = code, Name = name, Kind = kind ?? StockLocationKind.Warehouse, Priority = priority }, errors);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
