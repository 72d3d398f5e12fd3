using Multistore.Modules;

[assembly: Module("Multistore.Recommendations", "Recommendations",
    Category = "Storefront",
    Description = "Products to show beside a product or a cart on every touchpoint: bought together in this store's orders, similar in the catalog's text (with Search), and the store's best sellers or newest products as the fallback.",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing"])]
