using Multistore.Modules;

[assembly: Module("Multistore.Marketplace", "Marketplace",
    Category = "Storefront",
    Description = "Product feeds for marketplaces (Google Merchant Center /feeds/google.xml, /feeds/products.csv) and what search engines read (/sitemap.xml with culture alternates, /robots.txt).",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing"])]
