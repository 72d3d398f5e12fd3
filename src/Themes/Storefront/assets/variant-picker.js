// Variant picker: shows one choice per option (size, color) instead of the list of variants, and keeps the
// form's SKU, the shown SKU, the shown price and the backorder note in step with the chosen combination. Without this script the list works alone.
(function () {
  "use strict";
  document.querySelectorAll("[data-variant-picker]").forEach(function (picker) {
    var select = picker.querySelector("select[name=sku]");
    var options = picker.querySelectorAll("[data-option]");
    var unavailable = picker.querySelector("[data-unavailable]");
    var form = picker.closest("form");
    var submit = form && form.querySelector("button[type=submit]");
    var price = document.querySelector(".product .price .amount");
    var shownSku = document.querySelector(".product .sku [data-shown-sku]");
    var backorder = document.querySelector(".product [data-backorder]");
    if (!select || !options.length) { return; }

    function chosen() {
      return Array.prototype.map.call(options, function (fieldset) {
        var checked = fieldset.querySelector("input:checked");
        return checked ? checked.value : "";
      }).join("|");
    }

    function update() {
      var wanted = chosen();
      var match = Array.prototype.find.call(select.options, function (o) { return o.getAttribute("data-values") === wanted; });
      if (match) { select.value = match.value; }
      if (unavailable) { unavailable.hidden = !!match; }
      if (submit) { submit.disabled = !match; }
      if (match && price && match.getAttribute("data-price-text")) { price.textContent = match.getAttribute("data-price-text"); }
      if (match && shownSku) { shownSku.textContent = match.value; }
      if (backorder) {
        var note = match ? match.getAttribute("data-backorder-text") : null;
        backorder.textContent = note || "";
        backorder.hidden = !note;
      }
    }

    options.forEach(function (fieldset) { fieldset.hidden = false; });
    picker.querySelector(".variant-list").hidden = true;
    picker.addEventListener("change", update);
    update();
  });
})();
