using Multistore.Modules;

[assembly: Module("Multistore.Testing.Commerce", "Commerce test providers",
    Category = "Testing",
    Description = "Payment, shipping and tax providers whose answers tests control; only in the test host.")]
