using Multistore.Modules;

[assembly: Module("Multistore.Testing.Commerce", "Commerce test providers",
    Category = "Testing",
    Description = "Payment, shipping and tax providers whose answers tests control; only in the test host.")]

[assembly: Feature("Multistore.Testing.Recommendations", "Fixed recommendations",
    Category = "Testing",
    Description = "Recommends the products whose SKUs the store's TestRecommendations settings list; only in the test host.",
    Dependencies = ["Multistore.Catalog"])]
