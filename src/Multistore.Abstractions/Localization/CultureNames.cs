using System.Globalization;

namespace Multistore.Localization;

public static class CultureNames
{
    /// <summary>Null when <paramref name="name"/> is a culture .NET knows (en-US, sv-SE, ar-SA, ...), else why not.</summary>
    public static string? Check(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0 ? null : $"'{name}' is not a known culture.";
        }
        catch (CultureNotFoundException)
        {
            return $"'{name}' is not a known culture.";
        }
    }
}
