// Kiosk behaviour: the on-screen keyboard types into the search box and filters the products shown,
// and after data-idle-seconds without a touch the screen goes back to the home page for the next shopper.
(function () {
  var body = document.body;
  var idle = parseInt(body.getAttribute('data-idle-seconds'), 10) || 90;
  var home = body.getAttribute('data-home') || '/';
  var timer;
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var here = location.pathname + location.search;
      if (here !== home || document.querySelector('[data-filter]') && document.querySelector('[data-filter]').value) {
        location.assign(home);
      } else {
        reset();
      }
    }, idle * 1000);
  }
  ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(function (e) { document.addEventListener(e, reset, { passive: true }); });
  reset();

  function filter(input) {
    var items = document.querySelectorAll(input.getAttribute('data-filter'));
    var q = input.value.trim().toLowerCase();
    items.forEach(function (item) { item.hidden = q !== '' && (item.getAttribute('data-name') || '').indexOf(q) < 0; });
  }
  document.querySelectorAll('.keyboard').forEach(function (keyboard) {
    var input = document.getElementById(keyboard.getAttribute('data-for'));
    if (!input) { return; }
    keyboard.addEventListener('click', function (e) {
      var key = e.target.closest('button') && e.target.closest('button').getAttribute('data-key');
      if (key === null || key === undefined) { return; }
      input.value = key === 'backspace' ? input.value.slice(0, -1) : key === 'clear' ? '' : input.value + key;
      filter(input);
    });
    input.addEventListener('input', function () { filter(input); });
  });
})();
