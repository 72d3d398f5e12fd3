using Multistore.Modules;

[assembly: Module("Multistore.Admin", "Admin",
    Category = "Administration",
    Description = "The store's admin at /admin: layout and theme, menu, dashboard, settings and features.",
    Dependencies = ["Multistore.Users"])]
