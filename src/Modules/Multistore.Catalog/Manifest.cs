using Multistore.Modules;

[assembly: Module("Multistore.Catalog", "Catalog",
    Category = "Commerce",
    Description = "Products, their translations per culture, and the catalog recipe step.")]
