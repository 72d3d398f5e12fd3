using Multistore.Modules;

[assembly: Module("Multistore.Checkout", "Checkout",
    Category = "Commerce",
    Description = "Checkout for guests and customers: addresses per region, shipping, payment, review and atomic order placement.",
    Dependencies = ["Multistore.Cart", "Multistore.Orders"])]
