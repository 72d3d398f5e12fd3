using Multistore.Modules;

[assembly: Module("Multistore.Cart", "Cart",
    Category = "Commerce",
    Description = "Server-side carts for guests and customers on every touchpoint, re-priced and re-checked at every change.",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing", "Multistore.Inventory", "Multistore.Promotions"])]
