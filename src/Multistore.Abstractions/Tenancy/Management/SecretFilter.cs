using System.Text.Json.Nodes;

namespace Multistore.Tenancy.Management;

/// <summary>
/// Leaves secrets out of an export: any property whose name says it is a secret (password, secret, API key,
/// token, private key, webhook signing key) is dropped at every depth. Providers store such values under
/// these names, encrypted; the new store gets its own.
/// </summary>
public static class SecretFilter
{
    private static readonly string[] Markers = ["password", "secret", "apikey", "api_key", "token", "privatekey", "private_key", "signingkey", "credential"];

    public static JsonNode? WithoutSecrets(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (IsSecret(key))
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        WithoutSecrets(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutSecrets(item);
                }

                break;
        }

        return node;
    }

    public static bool IsSecret(string key) =>
        Markers.Any(m => key.Replace("-", "", StringComparison.Ordinal).Contains(m, StringComparison.OrdinalIgnoreCase));
}
