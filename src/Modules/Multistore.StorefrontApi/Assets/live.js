// Multistore live updates: follows the store's hub and updates prices, stock and the cart without a reload.
// Marks it reads: [data-sku] on a product (with [data-price] and [data-stock] inside), [data-cart-id] with
// [data-cart-count] inside. No dependencies: it speaks SignalR's JSON protocol over a WebSocket.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("WebSocket" in window)) { return; }
  var hubUrl = script.src.replace(/live\.js(\?.*)?$/, "live").replace(/^http/, "ws");
  var separator = "\u001e";
  var delay = 1000;
  var socket = null;
  var invocation = 0;

  function skus() {
    var found = {};
    document.querySelectorAll("[data-sku]").forEach(function (el) { found[el.getAttribute("data-sku")] = true; });
    return Object.keys(found);
  }

  function formatMoney(money) {
    var lang = document.documentElement.lang || undefined;
    try { return new Intl.NumberFormat(lang, { style: "currency", currency: money.currency }).format(money.amount); }
    catch (e) { return money.amount + " " + money.currency; }
  }

  function each(sku, selector, action) {
    document.querySelectorAll("[data-sku]").forEach(function (product) {
      if ((product.getAttribute("data-sku") || "").toUpperCase() !== sku.toUpperCase()) { return; }
      product.querySelectorAll(selector).forEach(action);
    });
  }

  var handlers = {
    stockChanged: function (change) {
      each(change.sku, "[data-stock]", function (el) {
        el.textContent = change.inStock ? (el.getAttribute("data-in-stock") || "In stock") : (el.getAttribute("data-out-of-stock") || "Sold out");
        el.setAttribute("data-available", String(change.available));
      });
      each(change.sku, "[data-add-to-cart]", function (el) { el.disabled = !change.inStock; });
    },
    priceChanged: function (change) {
      each(change.sku, "[data-price]", function (el) { el.textContent = formatMoney(change.price); });
      each(change.sku, "[data-compare-at]", function (el) { el.textContent = change.compareAt ? formatMoney(change.compareAt) : ""; });
    },
    cartChanged: function (cart) {
      document.querySelectorAll("[data-cart-count]").forEach(function (el) { el.textContent = String(cart.itemCount); });
      document.dispatchEvent(new CustomEvent("multistore:cart-changed", { detail: cart }));
    }
  };

  function send(message) { socket.send(JSON.stringify(message) + separator); }

  function invoke(target, args) { send({ type: 1, invocationId: String(++invocation), target: target, arguments: args }); }

  function subscribe() {
    var watched = skus();
    if (watched.length) { invoke("WatchProducts", [watched]); }
    var cart = document.querySelector("[data-cart-id]");
    if (cart) { invoke("WatchCart", [cart.getAttribute("data-cart-id")]); }
  }

  function receive(event) {
    String(event.data).split(separator).forEach(function (frame) {
      if (!frame) { return; }
      var message = JSON.parse(frame);
      if (message.type === undefined) { delay = 1000; subscribe(); return; }
      if (message.type === 1 && handlers[message.target]) { handlers[message.target].apply(null, message.arguments); }
      if (message.type === 7) { socket.close(); }
    });
  }

  function connect() {
    socket = new WebSocket(hubUrl);
    socket.onopen = function () { socket.send(JSON.stringify({ protocol: "json", version: 1 }) + separator); };
    socket.onmessage = receive;
    socket.onclose = function () { setTimeout(connect, delay); delay = Math.min(delay * 2, 30000); };
  }

  connect();
})();
