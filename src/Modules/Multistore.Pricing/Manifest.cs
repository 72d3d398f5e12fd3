using Multistore.Modules;

[assembly: Module("Multistore.Pricing", "Pricing",
    Category = "Commerce",
    Description = "Price lists per currency with list and compare-at prices per SKU.")]
