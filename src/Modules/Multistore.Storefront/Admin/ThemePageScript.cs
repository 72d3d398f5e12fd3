namespace Multistore.Storefront.Admin;

/// <summary>
/// What makes the theme page's preview live: a change re-posts the form (unsaved) into the preview frame after a
/// short pause, and choosing another theme reloads the page with that theme's settings. Without script, the
/// Preview button does the same. The script carries the request's Content-Security-Policy nonce.
/// </summary>
public static class ThemePageScript
{
    public static string Markup(string nonce) => $$"""
        <style>
        .theme-admin { display: grid; grid-template-columns: minmax(16rem, 22rem) 1fr; gap: 1rem; align-items: start; }
        .theme-admin .preview iframe { width: 100%; height: 70vh; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
        .theme-admin input[type=color] { width: 4rem; height: 2.2rem; padding: 0; }
        .theme-admin .actions { display: flex; gap: .5rem; }
        @media (max-width: 60rem) { .theme-admin { grid-template-columns: 1fr; } }
        </style>
        <script nonce="{{nonce}}">
        (function () {
          var form = document.getElementById("theme-form");
          var button = document.getElementById("preview-button");
          if (!form || !button || !form.requestSubmit) { return; }
          var timer;
          function preview() { form.requestSubmit(button); }
          form.addEventListener("input", function (e) {
            if (e.target.id === "Theme") { return; }
            clearTimeout(timer);
            timer = setTimeout(preview, 300);
          });
          document.getElementById("Theme").addEventListener("change", function () {
            location.search = "?Theme=" + encodeURIComponent(this.value);
          });
          preview();
        })();
        </script>
        """;
}
