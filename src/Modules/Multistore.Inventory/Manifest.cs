using Multistore.Modules;

[assembly: Module("Multistore.Inventory", "Inventory",
    Category = "Commerce",
    Description = "Stock per SKU and location, checkout reservations that expire, movement history and low-stock lists.")]
