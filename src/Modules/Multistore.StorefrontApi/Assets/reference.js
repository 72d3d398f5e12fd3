// Renders the store's OpenAPI document: one section per operation, with its parameters, body and a form to try it.
(function () {
  "use strict";
  var root = document.getElementById("operations");

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  function schemaText(doc, schema) {
    if (!schema) { return ""; }
    if (schema.$ref) { var name = schema.$ref.split("/").pop(); return name + " " + JSON.stringify(doc.components.schemas[name], null, 2); }
    return JSON.stringify(schema, null, 2);
  }

  function tryForm(path, verb, op) {
    var form = el("form");
    var params = op.parameters || [];
    params.forEach(function (p) {
      form.append(el("label", {}, [p.name + " (" + p.in + (p.required ? ", required" : "") + ")", el("input", { name: p.name, "data-in": p.in })]));
    });
    if (op.requestBody) { form.append(el("label", {}, ["Body (JSON)", el("textarea", { name: "__body", rows: "5" })])); }
    var output = el("pre");
    form.append(el("button", { type: "submit" }, ["Send"]), output);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = path, query = new URLSearchParams(), headers = { "Accept": "application/json" };
      form.querySelectorAll("input").forEach(function (input) {
        if (!input.value) { return; }
        var where = input.getAttribute("data-in");
        if (where === "path") { url = url.replace("{" + input.name + "}", encodeURIComponent(input.value)); }
        else if (where === "query") { query.append(input.name, input.value); }
        else if (where === "header") { headers[input.name] = input.value; }
      });
      var body = form.querySelector("textarea");
      if (body && body.value) { headers["Content-Type"] = "application/json"; }
      var base = location.pathname.replace(/\/api\/storefront\/v1\/reference$/, "");
      fetch(base + url + (query.toString() ? "?" + query : ""), { method: verb.toUpperCase(), headers: headers, body: body && body.value ? body.value : undefined })
        .then(function (response) { return response.text().then(function (text) { output.textContent = response.status + " " + response.statusText + "\n\n" + text; }); });
    });
    return form;
  }

  function render(doc) {
    document.getElementById("title").textContent = doc.info.title + " (" + doc.info.version + ")";
    document.getElementById("description").textContent = doc.info.description || "";
    root.textContent = "";
    Object.keys(doc.paths).sort().forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (verb) {
        var op = doc.paths[path][verb];
        var section = el("section", { "class": "op", id: op.operationId || (verb + path) }, [
          el("h2", {}, [el("span", { "class": "verb " + verb }, [verb]), el("code", {}, [path])]),
          el("p", {}, [op.summary || op.operationId || ""])
        ]);
        var responses = el("table", {}, [el("tr", {}, [el("th", {}, ["Status"]), el("th", {}, ["Returns"])])]);
        Object.keys(op.responses || {}).forEach(function (status) {
          var content = (op.responses[status].content || {});
          var type = Object.keys(content)[0];
          responses.append(el("tr", {}, [el("td", {}, [status]), el("td", {}, [el("pre", {}, [type ? schemaText(doc, content[type].schema) : op.responses[status].description || ""])])]));
        });
        section.append(responses, el("details", {}, [el("summary", {}, ["Try it"]), tryForm(path, verb, op)]));
        root.append(section);
      });
    });
  }

  fetch("openapi.json").then(function (r) { return r.json(); }).then(render)
    .catch(function (error) { root.textContent = "The document could not be read: " + error; });
})();
