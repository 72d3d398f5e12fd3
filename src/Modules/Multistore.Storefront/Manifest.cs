using Multistore.Modules;

[assembly: Module("Multistore.Storefront", "Storefront",
    Category = "Storefront",
    Description = "The shopper's pages: home, product, not found; rendered by the tenant's theme.",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing"])]
