using Multistore.Modules;

[assembly: Module("Multistore.Tenants", "Tenants",
    Category = "Hosting",
    DefaultTenantOnly = true,
    Description = "The SaaS host's tenant management: REST API with API keys, feature profiles, rollout, export and clone, command line.")]
