using Multistore.Modules;

[assembly: Module("Multistore.Storefront", "Storefront",
    Category = "Storefront",
    Description = "The shopper's pages: home and not found; rendered by the tenant's theme (the product page is Catalog's).",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing"])]
