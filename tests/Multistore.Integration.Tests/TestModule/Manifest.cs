using Multistore.Modules;

[assembly: Module("Multistore.Tests.Faults", "Test faults",
    Category = "Testing",
    Description = "Recipe steps that fail on purpose, for tests of setup roll-back.")]
