using Multistore.Modules;

[assembly: Module("Multistore.StorefrontApi", "Storefront API",
    Category = "Storefront",
    Description = "The versioned REST API for apps and kiosks (/api/storefront/v1), its OpenAPI document and reference page, and the real-time hub that pushes stock, price and cart changes.",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing"])]
