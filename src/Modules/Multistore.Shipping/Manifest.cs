using Multistore.Modules;

[assembly: Module("Multistore.Shipping", "Shipping",
    Category = "Commerce",
    Description = "Shipping zones by country and region with flat, free-above and weight-tier rates, and pickup at the store's locations.")]
