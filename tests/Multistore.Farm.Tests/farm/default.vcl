# docs/operators.md ("A CDN in front"), pointed at the farm's HAProxy.
vcl 4.1;
import xkey;
backend multistore { .host = "127.0.0.1"; .port = "{{HaproxyPort}}"; }
acl purgers { "127.0.0.1"; }
sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) { return (synth(403, "Forbidden")); }
    return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge)));
  }
  if (req.http.Cookie ~ "(^|; )(ms_cart|\.Multistore\.[^=]+\.Auth|\.AspNetCore\.[^=]+)=") { return (pass); }
  set req.http.X-Culture = regsub(req.http.Cookie, "^(?:.*; )?\.Multistore\.Culture=([^;]*).*$", "\1");
  if (req.http.X-Culture == req.http.Cookie) { unset req.http.X-Culture; }
  unset req.http.Cookie;
  if (req.http.X-Culture) { set req.http.Cookie = ".Multistore.Culture=" + req.http.X-Culture; }
  return (hash);
}
