using Multistore.Modules;

[assembly: Module("Multistore.Catalog", "Catalog",
    Category = "Commerce",
    Description = "Products with variants, categories and attributes, texts per culture, the change log, product and category pages, import and export.",
    Dependencies = ["Multistore.Pricing"])]
