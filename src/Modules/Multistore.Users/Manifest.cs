using Multistore.Modules;

[assembly: Module("Multistore.Users", "Users",
    Category = "Administration",
    Description = "The tenant's own admin users and roles (ASP.NET Core Identity), sign-in at /admin/login, password reset, and the users recipe step.")]
