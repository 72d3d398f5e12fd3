using Multistore.Modules;

[assembly: Module("Multistore.Promotions", "Promotions",
    Category = "Commerce",
    Description = "Coupon codes: percentage or fixed, date window, minimum order, usage limits overall and per customer.")]
