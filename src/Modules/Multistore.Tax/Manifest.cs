using Multistore.Modules;

[assembly: Module("Multistore.Tax", "Tax rules",
    Category = "Commerce",
    Description = "Tax rate tables by country and region: VAT included in prices per tax class, or sales tax added at checkout by state.")]
