namespace Multistore.Farm.Tests;

/// <summary>
/// Finds a program the farm needs on the PATH; a missing one fails the suite with its name and how to install it
/// (scripts/install-test-services.sh), never skips it.
/// </summary>
public static class RequiredProgram
{
    public static string Find(string name, string package)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            $"The farm tests need '{name}' (Debian package '{package}'), which is not installed. Run scripts/install-test-services.sh.");
    }
}
