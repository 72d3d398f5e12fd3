using Multistore.Modules;

[assembly: Module("Multistore.Pricing", "Pricing",
    Category = "Commerce",
    Description = "Price lists per currency with list, compare-at and scheduled prices per SKU, rounded per currency.")]
